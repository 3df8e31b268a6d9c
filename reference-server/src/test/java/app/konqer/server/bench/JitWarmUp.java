package app.konqer.server.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Warms a loop up until the JIT compilers are done with it: slices of load run one after the other until the
 * compiler threads spent less than {@link #QUIET_SHARE} of a slice's wall time, or until a limit. A warm-up of fixed
 * length is not enough on a processor shared by the load, the server and the compilers: the generate path touches
 * enough code that C2 is still busy a minute in, and a measurement then counts its compilations as the server's
 * cost. A server in production runs for days, past that point.
 */
final class JitWarmUp {
  /** The compilers' share of a slice below which the loop counts as compiled. */
  static final double QUIET_SHARE = 0.03;
  private static final Duration SLICE = Duration.ofSeconds(5);

  private JitWarmUp() {}

  /**
   * Runs the loop at least {@code least} and at most {@code most}, until a slice finds the compilers quiet.
   *
   * @return a line that says how long it took and what the compilers spent in its last slice
   */
  static String run(String name, int workers, Duration least, Duration most, ClosedLoop.Operation operation)
      throws InterruptedException {
    long started = System.nanoTime();
    ClosedLoop.sample(name, workers, least, Duration.ZERO, operation);
    double share;
    do {
      long compilersBefore = compilerNanos(ThreadCpu.byGroup());
      ClosedLoop.sample(name, workers, SLICE, Duration.ZERO, operation);
      share = (compilerNanos(ThreadCpu.byGroup()) - compilersBefore) / (double) SLICE.toNanos();
    } while (share >= QUIET_SHARE && System.nanoTime() - started < most.toNanos());
    return String.format(Locale.ROOT, "%s: warmed up for %d s, compilers at %.1f%% of the last %d s",
        name, Duration.ofNanos(System.nanoTime() - started).toSeconds(), share * 100, SLICE.toSeconds());
  }

  private static long compilerNanos(Map<String, Long> groups) {
    return groups.entrySet().stream()
        .filter(group -> group.getKey().contains("Compiler"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
