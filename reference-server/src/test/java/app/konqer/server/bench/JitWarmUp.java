package app.konqer.server.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Warms a loop up until the JIT compilers are done with it: slices of load run one after the other until the
 * compiler threads spent less than a share of a slice's wall time ({@link #QUIET_SHARE} for a closed loop), or until
 * a limit. A warm-up of fixed length is not enough on a processor shared by the load, the server and the compilers:
 * the generate path touches enough code that C2 is still busy a minute in, and a measurement then counts its
 * compilations as the server's cost. A server in production runs for days, past that point.
 */
final class JitWarmUp {
  /** The compilers' share of a slice below which a closed loop counts as compiled. */
  static final double QUIET_SHARE = 0.03;
  private static final Duration SLICE = Duration.ofSeconds(5);

  /** One slice of load. */
  @FunctionalInterface
  interface Slice {
    /**
     * Runs the slice.
     *
     * @return its wall time
     * @throws InterruptedException when interrupted
     */
    Duration run() throws InterruptedException;
  }

  private JitWarmUp() {}

  /**
   * Runs the closed loop at least {@code least} and at most {@code most}, until a slice finds the compilers quiet.
   *
   * @return a line that says how long it took and what the compilers spent in its last slice
   */
  static String run(String name, int workers, Duration least, Duration most, ClosedLoop.Operation operation)
      throws InterruptedException {
    ClosedLoop.sample(name, workers, least, Duration.ZERO, operation);
    return untilQuiet(name, least, most, QUIET_SHARE, () -> {
      ClosedLoop.sample(name, workers, SLICE, Duration.ZERO, operation);
      return SLICE;
    });
  }

  /**
   * Runs slices until one finds the compilers under {@code quietShare} of its wall time, or {@code most} has passed.
   *
   * @param name what warms up
   * @param before how long it already ran, counted in the line
   * @param most the longest warm-up
   * @param quietShare the compilers' share of a slice below which the load counts as compiled
   * @param slice one slice of the load
   * @return a line that says how long it took and what the compilers spent in its last slice
   * @throws InterruptedException when interrupted
   */
  static String untilQuiet(String name, Duration before, Duration most, double quietShare, Slice slice)
      throws InterruptedException {
    long started = System.nanoTime() - before.toNanos();
    double share;
    Duration wall;
    do {
      long compilersBefore = compilerNanos(ThreadCpu.byGroup());
      wall = slice.run();
      share = (compilerNanos(ThreadCpu.byGroup()) - compilersBefore) / (double) wall.toNanos();
    } while (share >= quietShare && System.nanoTime() - started < most.toNanos());
    return String.format(Locale.ROOT, "%s: warmed up for %d s, compilers at %.1f%% of the last %d s",
        name, Duration.ofNanos(System.nanoTime() - started).toSeconds(), share * 100, wall.toSeconds());
  }

  private static long compilerNanos(Map<String, Long> groups) {
    return groups.entrySet().stream()
        .filter(group -> group.getKey().contains("Compiler"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
