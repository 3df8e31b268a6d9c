package app.konqer.server.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Latency below saturation: open loops at one fixed arrival rate, the server's and its baseline's, in rounds that
 * take turns (server, baseline, server, ...) so that whatever else the machine does weighs on both alike, while a
 * {@link Timeline} records what the processors, PostgreSQL's processes and the collector did in each 100 ms. The
 * loops first take turns at the rate, unmeasured, until the JIT compilers are quiet, and each round starts with an
 * unmeasured second.
 *
 * <p>Prints each loop's percentiles over all its rounds, the share of the processors the host took away (stolen
 * time, which a virtual machine sees when its host runs something else), and the slowest windows next to what
 * happened in them, the same percentiles without the operations that a host stall held back, and what PostgreSQL's
 * busy backends waited for at the end of the windows with a slow request and of all windows. With
 * {@code bench.timeline=<file>} it also writes every window as CSV.
 */
final class HalfLoad {
  /** Each round's unmeasured start. */
  private static final Duration ROUND_WARM_UP = Duration.ofSeconds(1);
  /**
   * Each loop's share of an unmeasured pass before the rounds: the first seconds at a new arrival rate, from 64
   * threads where the closed loops had 8, kept this JVM's processor busy for 100-200 ms at a time, and landed in the
   * first round alone.
   */
  private static final Duration FIRST_WARM_UP = Duration.ofSeconds(5);
  /**
   * The compilers' share of a pass below which the loops count as compiled. The switch to the open loops and their
   * taking turns make C2 compile the server's hot methods again (a flight recording showed compilations of 276-484 ms
   * of {@code IdempotencyStore.take}, {@code GenerationRepository.store} and Jetty's {@code onFillable} in the open
   * loops, after the closed loops' warm-up), and on the JVM's one processor each holds back every request meanwhile:
   * longer than the latency goal. Under 1% of a pass, no compilation of that size happened in it.
   */
  private static final double QUIET_SHARE = 0.01;
  /** The longest warm-up of the open loops. */
  private static final Duration MAX_WARM_UP = Duration.ofSeconds(90);
  private static final int SLOWEST_SHOWN = 6;
  /** A slow request: over the latency goal. */
  private static final long SLOW_NANOS = 25_000_000L;
  /**
   * A host stall: the host took this much of a processor in one window. Less cannot hold back an operation by more
   * than the latency goal's margin; more queues up the arrivals behind it, and the queue takes about as long again to
   * drain at half load.
   */
  private static final long STALL_MILLIS = 20;

  /** One round of one loop: its result and the timeline window its first operation was due in. */
  private record Round(String name, long firstWindow, PacedLoop.Result result) {}

  private final Map<String, ClosedLoop.Operation> loops;
  private final double ratePerSecond;
  private final int workers;
  private final Path pgData;
  private final BackendWaits waits;

  /**
   * The loops to run.
   *
   * @param loops the server's loop first, then its baselines, by name
   * @param ratePerSecond the arrival rate of every loop
   * @param workers threads per loop, enough that a slow operation never delays the next arrival
   * @param pgData the PostgreSQL data directory, for its processes
   * @param waits what samples the backends' waits in each window
   */
  HalfLoad(Map<String, ClosedLoop.Operation> loops, double ratePerSecond, int workers, Path pgData,
      BackendWaits waits) {
    this.loops = new LinkedHashMap<>(loops);
    this.ratePerSecond = ratePerSecond;
    this.workers = workers;
    this.pgData = pgData;
    this.waits = waits;
  }

  /**
   * Runs the rounds and prints what they measured.
   *
   * @param measured the measured time of each loop, split into {@code rounds}
   * @param rounds how many turns each loop takes
   * @param out where the report goes
   * @throws IOException when the PostgreSQL processes or the CSV file cannot be read or written
   * @throws InterruptedException when interrupted
   */
  void run(Duration measured, int rounds, PrintStream out) throws IOException, InterruptedException {
    Duration round = measured.dividedBy(rounds);
    List<Round> done = new ArrayList<>();
    Map<Long, Timeline.Window> windows;
    String warmedUp = JitWarmUp.untilQuiet("Open loops, taking turns", Duration.ZERO, MAX_WARM_UP, QUIET_SHARE,
        () -> {
          long started = System.nanoTime();
          for (Map.Entry<String, ClosedLoop.Operation> loop : loops.entrySet()) {
            PacedLoop.run(loop.getKey(), ratePerSecond, workers, System.nanoTime(), FIRST_WARM_UP, Duration.ZERO,
                loop.getValue());
          }
          return Duration.ofNanos(System.nanoTime() - started);
        });
    long origin = System.nanoTime();
    try (Timeline timeline = Timeline.start(pgData, origin, waits)) {
      for (int r = 0; r < rounds; r++) {
        for (Map.Entry<String, ClosedLoop.Operation> loop : loops.entrySet()) {
          long firstWindow = (System.nanoTime() - origin) / Timeline.WINDOW_NANOS + 2;
          long start = origin + firstWindow * Timeline.WINDOW_NANOS;
          done.add(new Round(loop.getKey(), firstWindow,
              PacedLoop.run(loop.getKey(), ratePerSecond, workers, start, ROUND_WARM_UP, round, loop.getValue())));
        }
      }
      windows = timeline.windows();
    }
    out.println(warmedUp);
    print(done, windows, measured, rounds, out);
    String csv = System.getProperty("bench.timeline", "").strip();
    if (!csv.isEmpty()) {
      writeCsv(done, windows, Path.of(csv));
      out.println("Every window: " + csv);
    }
  }

  private void print(List<Round> done, Map<Long, Timeline.Window> windows, Duration measured, int rounds,
      PrintStream out) {
    long warmUpWindows = ROUND_WARM_UP.toNanos() / Timeline.WINDOW_NANOS;
    out.printf(Locale.ROOT, "Open loops at %.0f/s, half the server's closed-loop throughput; latency from each "
        + "operation's due time; %d s each in %d interleaved rounds:%n", ratePerSecond, measured.toSeconds(), rounds);
    Map<String, Long> p99s = new LinkedHashMap<>();
    for (String name : loops.keySet()) {
      List<PacedLoop.Result> results = done.stream().filter(r -> r.name().equals(name)).map(Round::result).toList();
      PacedLoop.Result all = PacedLoop.merge(name, results);
      p99s.put(name, all.p99Nanos());
      Map<String, Timeline.Processor> stolen = new TreeMap<>();
      long measuredWindows = 0;
      for (Round round : done) {
        if (!round.name().equals(name)) {
          continue;
        }
        for (int i = (int) warmUpWindows; i < round.result().slowestByWindow().length; i++) {
          Timeline.Window window = windows.get(round.firstWindow() + i);
          if (window != null) {
            measuredWindows++;
            window.processors().forEach((cpu, ticks) -> stolen.merge(cpu, ticks, Timeline.Processor::plus));
          }
        }
      }
      StringBuilder steal = new StringBuilder();
      long windowTicks = measuredWindows * (Timeline.WINDOW_NANOS / CpuMeter.NANOS_PER_TICK);
      stolen.forEach((cpu, ticks) -> steal.append(String.format(Locale.ROOT, " %s %.1f%%", cpu,
          100.0 * ticks.stolenTicks() / Math.max(1, windowTicks))));
      out.printf(Locale.ROOT, "| %-44s | %6d operations | %3d errors | p50 %6.2f ms | p99 %7.2f ms | p999 %7.2f ms "
              + "| stolen:%s |%n", name, all.operations(), all.errors(), all.p50Nanos() / 1e6, all.p99Nanos() / 1e6,
          all.p999Nanos() / 1e6, steal);
    }
    out.printf(Locale.ROOT, "Without the operations due in a window where the host took %d ms or more of a processor, "
        + "or in the window after it:%n", STALL_MILLIS);
    for (String name : loops.keySet()) {
      List<Long> kept = new ArrayList<>();
      long left = 0;
      for (Round round : done) {
        if (!round.name().equals(name)) {
          continue;
        }
        long[] due = round.result().dueWindows();
        long[] nanos = round.result().nanosInOrder();
        for (int i = 0; i < due.length; i++) {
          long window = round.firstWindow() + due[i];
          if (hostStalled(windows.get(window)) || hostStalled(windows.get(window - 1))) {
            left++;
          } else {
            kept.add(nanos[i]);
          }
        }
      }
      long[] sorted = kept.stream().mapToLong(Long::longValue).sorted().toArray();
      out.printf(Locale.ROOT,
          "| %-44s | %6d operations | %5d left out | p50 %6.2f ms | p99 %7.2f ms | p999 %7.2f ms |%n", name,
          sorted.length, left, Latencies.percentile(sorted, 0.50) / 1e6, Latencies.percentile(sorted, 0.99) / 1e6,
          Latencies.percentile(sorted, 0.999) / 1e6);
    }
    List<Long> values = new ArrayList<>(p99s.values());
    List<String> names = new ArrayList<>(p99s.keySet());
    for (int i = 1; i < names.size(); i++) {
      out.printf(Locale.ROOT, "p99 of %s / p99 of %s: %.2fx%n", names.get(0), names.get(i),
          (double) values.get(0) / Math.max(1, values.get(i)));
    }
    record Slow(Round round, long window, long nanos) {}
    List<Slow> slow = new ArrayList<>();
    for (Round round : done) {
      long[] slowest = round.result().slowestByWindow();
      for (int i = (int) warmUpWindows; i < slowest.length; i++) {
        slow.add(new Slow(round, round.firstWindow() + i, slowest[i]));
      }
    }
    slow.sort(Comparator.comparingLong(Slow::nanos).reversed());
    for (String name : loops.keySet()) {
      List<Slow> own = slow.stream().filter(s -> s.round().name().equals(name)).toList();
      out.printf(Locale.ROOT, "Busy backends at the end of the windows, %s: with a request over %d ms %s; in all %s%n",
          name, SLOW_NANOS / 1_000_000,
          waitsIn(own.stream().filter(s -> s.nanos() > SLOW_NANOS).map(Slow::window).toList(), windows),
          waitsIn(own.stream().map(Slow::window).toList(), windows));
    }
    out.println("The slowest 100 ms windows (by due time), with what happened in the window before and in it:");
    for (Slow s : slow.subList(0, Math.min(SLOWEST_SHOWN, slow.size()))) {
      out.printf(Locale.ROOT, "  %s, at %.1f s: slowest %.1f ms | before: %s | during: %s%n", s.round().name(),
          s.window() / 10.0, s.nanos() / 1e6, windows.get(s.window() - 1), windows.get(s.window()));
    }
  }

  /** The busy backends at the end of the given windows, summed by what they waited for. */
  private static Map<String, Integer> waitsIn(List<Long> indexes, Map<Long, Timeline.Window> windows) {
    Map<String, Integer> sum = new TreeMap<>();
    for (long index : indexes) {
      Timeline.Window window = windows.get(index);
      if (window != null) {
        window.waits().forEach((wait, backends) -> sum.merge(wait, backends, Integer::sum));
      }
    }
    return sum;
  }

  /** Whether the host took {@link #STALL_MILLIS} or more of one of the processors in a window. */
  private static boolean hostStalled(Timeline.Window window) {
    return window != null && window.processors().values().stream()
        .anyMatch(processor -> processor.stolenTicks() * CpuMeter.NANOS_PER_TICK / 1_000_000 >= STALL_MILLIS);
  }

  private static void writeCsv(List<Round> done, Map<Long, Timeline.Window> windows, Path file) throws IOException {
    Map<Long, String> runs = new TreeMap<>();
    Map<Long, Long> slowest = new TreeMap<>();
    for (Round round : done) {
      long[] byWindow = round.result().slowestByWindow();
      for (int i = 0; i < byWindow.length; i++) {
        runs.put(round.firstWindow() + i, round.name());
        slowest.put(round.firstWindow() + i, byWindow[i]);
      }
    }
    Set<String> processors = new TreeSet<>();
    windows.values().forEach(window -> processors.addAll(window.processors().keySet()));
    StringBuilder csv = new StringBuilder("window_s,run,slowest_ms,jvm_ms,gc_ms,postgres_ms,autovacuum_ms");
    processors.forEach(cpu -> csv.append(',').append(cpu).append("_busy_ms,").append(cpu).append("_stolen_ms"));
    csv.append(",busy_backends_at_end");
    csv.append('\n');
    for (Timeline.Window window : windows.values()) {
      long postgres = window.postgresTicks().values().stream().mapToLong(Long::longValue).sum();
      csv.append(String.format(Locale.ROOT, "%.1f,\"%s\",%.2f,%d,%d,%d,%d", window.index() / 10.0,
          runs.getOrDefault(window.index(), ""), slowest.getOrDefault(window.index(), 0L) / 1e6,
          window.jvmTicks() * 10, window.gcMillis(), postgres * 10,
          window.postgresTicks().getOrDefault("autovacuum worker", 0L) * 10));
      for (String cpu : processors) {
        Timeline.Processor ticks = window.processors().getOrDefault(cpu, Timeline.Processor.NONE);
        csv.append(',').append(ticks.busyTicks() * 10).append(',').append(ticks.stolenTicks() * 10);
      }
      csv.append(",\"").append(window.waitsText()).append("\"\n");
    }
    Files.writeString(file, csv);
  }
}
