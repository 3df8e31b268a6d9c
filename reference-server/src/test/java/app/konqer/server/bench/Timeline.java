package app.konqer.server.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * What the machine did during an open loop, in windows of {@link #WINDOW_NANOS}: the CPU of each kind of PostgreSQL
 * process (client backends, checkpointer, autovacuum, WAL writer, ...), this JVM's CPU and collection time, each
 * processor's busy time and the time the host took from it (steal), the disks' writes and flushes, and at each
 * window's end what PostgreSQL's busy backends wait for ({@link BackendWaits}). A sampler thread reads them from
 * {@code /proc}, the JVM's beans and one query a window. Printed next to the windows with the slowest requests, it
 * tells a slow second's cause apart: background work, a collection, the host, a lock or the disk, or none of them.
 */
final class Timeline implements AutoCloseable {
  /** One window's length: 100 ms. */
  static final long WINDOW_NANOS = 100_000_000L;

  private final long postmaster;
  private final long origin;
  private final BackendWaits waits;
  private final Thread sampler;
  private final List<Window> windows = new ArrayList<>();
  private final Map<Long, String> kinds = new HashMap<>();
  private volatile boolean running = true;

  /**
   * What one window saw.
   *
   * @param index the window's number from the origin
   * @param postgresTicks CPU ticks (10 ms) of each kind of PostgreSQL process in the window
   * @param gcMillis this JVM's collection time in the window
   * @param disk what the machine's disks did in the window
   * @param jvmTicks CPU ticks (10 ms) of this JVM in the window
   * @param processors what each processor did in the window, by name ("cpu0", "cpu1", ...)
   * @param waits PostgreSQL's busy backends at the window's end, by what they waited for
   */
  record Window(long index, Map<String, Long> postgresTicks, long gcMillis, Disk disk, long jvmTicks,
      Map<String, Processor> processors, Map<String, Integer> waits) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      postgresTicks.forEach((kind, ticks) -> {
        if (ticks > 0) {
          text.append(kind).append(' ').append(ticks * 10).append(" ms, ");
        }
      });
      text.append("JVM ").append(jvmTicks * 10).append(" ms, GC ").append(gcMillis).append(" ms, ");
      processors.forEach((cpu, ticks) -> text.append(cpu).append(" busy ").append(ticks.busyTicks() * 10).append(" ms")
          .append(ticks.stolenTicks() > 0 ? " stolen " + ticks.stolenTicks() * 10 + " ms" : "").append(", "));
      text.append(disk);
      if (!waits.isEmpty()) {
        text.append(", busy backends at its end: ").append(waitsText());
      }
      return text.toString();
    }

    /** The busy backends by what they waited for, as "Lock:transactionid 3 CPU 1"; empty when none were busy. */
    String waitsText() {
      StringBuilder text = new StringBuilder();
      waits.forEach((wait, backends) -> text.append(text.length() == 0 ? "" : " ").append(wait).append(' ')
          .append(backends));
      return text.toString();
    }
  }

  /**
   * A processor's ticks (10 ms) from {@code /proc/stat}.
   *
   * @param busyTicks running anything: user, nice, system, irq and softirq time
   * @param stolenTicks taken by the host for something else (steal), which a virtual machine sees
   */
  record Processor(long busyTicks, long stolenTicks) {
    static final Processor NONE = new Processor(0, 0);

    Processor minus(Processor earlier) {
      return new Processor(busyTicks - earlier.busyTicks, stolenTicks - earlier.stolenTicks);
    }

    Processor plus(Processor other) {
      return new Processor(busyTicks + other.busyTicks, stolenTicks + other.stolenTicks);
    }

    /** Every processor's ticks so far, by name. */
    static Map<String, Processor> read() {
      Map<String, Processor> byName = new TreeMap<>();
      try {
        for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
          if (line.startsWith("cpu") && !line.startsWith("cpu ")) {
            String[] f = line.split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]);
            byName.put(f[0], new Processor(busy, Long.parseLong(f[8])));
          }
        }
      } catch (IOException | RuntimeException e) {
        return byName;
      }
      return byName;
    }
  }

  /**
   * Disk counters of {@code /proc/diskstats}, summed over the whole disks (not partitions, loop or RAM devices).
   *
   * @param writes writes completed
   * @param writeMillis time spent writing
   * @param flushes cache flushes completed (an fsync's barrier)
   * @param flushMillis time spent flushing
   */
  record Disk(long writes, long writeMillis, long flushes, long flushMillis) {
    Disk minus(Disk earlier) {
      return new Disk(writes - earlier.writes, writeMillis - earlier.writeMillis, flushes - earlier.flushes,
          flushMillis - earlier.flushMillis);
    }

    Disk plus(Disk other) {
      return new Disk(writes + other.writes, writeMillis + other.writeMillis, flushes + other.flushes,
          flushMillis + other.flushMillis);
    }

    static Disk read() {
      Disk total = new Disk(0, 0, 0, 0);
      try {
        for (String line : Files.readAllLines(Path.of("/proc/diskstats"))) {
          String[] fields = line.trim().split("\\s+");
          String name = fields[2];
          if (name.startsWith("loop") || name.startsWith("ram") || !Files.isDirectory(Path.of("/sys/block", name))) {
            continue;
          }
          long flushes = fields.length > 19 ? Long.parseLong(fields[18]) : 0;
          long flushMillis = fields.length > 19 ? Long.parseLong(fields[19]) : 0;
          total = total.plus(new Disk(Long.parseLong(fields[7]), Long.parseLong(fields[10]), flushes, flushMillis));
        }
      } catch (IOException | RuntimeException e) {
        return total;
      }
      return total;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "disk %d writes in %d ms, %d flushes in %d ms", writes, writeMillis, flushes,
          flushMillis);
    }
  }

  private Timeline(long postmaster, long origin, BackendWaits waits) {
    this.postmaster = postmaster;
    this.origin = origin;
    this.waits = waits;
    this.sampler = new Thread(this::sample, "timeline");
    this.sampler.setDaemon(true);
  }

  /**
   * Starts sampling, with windows counted from {@code origin}.
   *
   * @param pgData the PostgreSQL data directory, which holds {@code postmaster.pid}
   * @param origin the {@link System#nanoTime()} of window 0's start
   * @param waits what samples the backends' waits, used by the sampler thread alone
   * @return the running timeline
   * @throws IOException when the pid file cannot be read
   */
  static Timeline start(Path pgData, long origin, BackendWaits waits) throws IOException {
    long postmaster = CpuMeter.postmaster(pgData);
    Timeline timeline = new Timeline(postmaster, origin, waits);
    timeline.sampler.start();
    return timeline;
  }

  private void sample() {
    Map<Long, Long> before = ticksByProcess();
    long gcBefore = gcMillis();
    Disk diskBefore = Disk.read();
    long jvmBefore = CpuMeter.ticks(ProcessHandle.current().pid());
    Map<String, Processor> cpuBefore = Processor.read();
    long index = Math.floorDiv(System.nanoTime() - origin, WINDOW_NANOS);
    while (running) {
      long next = origin + (index + 1) * WINDOW_NANOS;
      for (long wait = next - System.nanoTime(); wait > 0; wait = next - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      Map<String, Integer> waiting = waits.now();
      Map<Long, Long> now = ticksByProcess();
      long gcNow = gcMillis();
      Disk diskNow = Disk.read();
      long jvmNow = CpuMeter.ticks(ProcessHandle.current().pid());
      Map<String, Processor> cpuNow = Processor.read();
      Map<String, Processor> cpuSpent = new TreeMap<>();
      for (Map.Entry<String, Processor> cpu : cpuNow.entrySet()) {
        cpuSpent.put(cpu.getKey(), cpu.getValue().minus(cpuBefore.getOrDefault(cpu.getKey(), Processor.NONE)));
      }
      Map<String, Long> spent = new TreeMap<>();
      for (Map.Entry<Long, Long> process : now.entrySet()) {
        String kind = kinds.computeIfAbsent(process.getKey(), Timeline::kind);
        long delta = process.getValue() - before.getOrDefault(process.getKey(), 0L);
        if (kind != null && delta > 0) {
          spent.merge(kind, delta, Long::sum);
        }
      }
      synchronized (windows) {
        windows.add(new Window(index, spent, gcNow - gcBefore, diskNow.minus(diskBefore), jvmNow - jvmBefore,
            cpuSpent, waiting));
      }
      before = now;
      gcBefore = gcNow;
      diskBefore = diskNow;
      jvmBefore = jvmNow;
      cpuBefore = cpuNow;
      index++;
    }
  }

  /** The windows seen, by index. */
  Map<Long, Window> windows() {
    Map<Long, Window> byIndex = new TreeMap<>();
    synchronized (windows) {
      windows.forEach(window -> byIndex.put(window.index(), window));
    }
    return byIndex;
  }

  private Map<Long, Long> ticksByProcess() {
    Map<Long, Long> byProcess = new HashMap<>();
    ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)
        .forEach(process -> byProcess.put(process.pid(), CpuMeter.ticks(process.pid())));
    return byProcess;
  }

  /** A backend's kind from its process title: "postgres: checkpointer", "postgres: konqer konqer 127.0.0.1(..) idle". */
  private static String kind(long pid) {
    try {
      String title = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
          StandardCharsets.UTF_8).replace('\0', ' ').strip();
      if (!title.startsWith("postgres: ")) {
        return null;
      }
      String rest = title.substring("postgres: ".length());
      for (String background : List.of("autovacuum launcher", "autovacuum worker", "checkpointer",
          "background writer", "walwriter", "logical replication launcher")) {
        if (rest.startsWith(background)) {
          return background;
        }
      }
      return "backends";
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join();
  }
}
