package app.konqer.server.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent so far by this JVM and by one PostgreSQL server (its postmaster and every backend), so that a run
 * can be charged with the processor time it cost on each side, whatever else the machine was doing.
 */
final class CpuMeter {
  /** Linux's clock tick, the unit of utime and stime in {@code /proc/<pid>/stat} and of {@code /proc/stat}. */
  static final long NANOS_PER_TICK = 10_000_000L;

  /** The name prefix of the server's request threads (Jetty's pool on Java 17; virtual threads are not listed). */
  private static final String REQUEST_THREADS = "konqer-";

  private final long postmaster;

  /**
   * A reading.
   *
   * @param jvmNanos CPU time of this JVM
   * @param postgresNanos CPU time of the PostgreSQL processes alive now
   * @param requestThreadNanos CPU time of the server's request threads alive now
   * @param requestThreadBytes bytes allocated by the server's request threads alive now
   */
  record Reading(long jvmNanos, long postgresNanos, long requestThreadNanos, long requestThreadBytes) {
    Reading minus(Reading earlier) {
      return new Reading(jvmNanos - earlier.jvmNanos, postgresNanos - earlier.postgresNanos,
          requestThreadNanos - earlier.requestThreadNanos, requestThreadBytes - earlier.requestThreadBytes);
    }
  }

  /**
   * A meter for the PostgreSQL server whose data directory is given.
   *
   * @param pgData the data directory, which holds {@code postmaster.pid}
   * @throws IOException when the pid file cannot be read
   */
  CpuMeter(Path pgData) throws IOException {
    this.postmaster = postmaster(pgData);
  }

  /**
   * The pid of a PostgreSQL server's postmaster, the parent of its every process.
   *
   * @param pgData the data directory, which holds {@code postmaster.pid}
   * @return the pid
   * @throws IOException when the pid file cannot be read
   */
  static long postmaster(Path pgData) throws IOException {
    return Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).strip());
  }

  Reading read() {
    long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    long postgres = ticks(postmaster) + ProcessHandle.of(postmaster).stream()
        .flatMap(ProcessHandle::descendants)
        .mapToLong(process -> ticks(process.pid()))
        .sum();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long requestNanos = 0;
    long requestBytes = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(REQUEST_THREADS)) {
        requestNanos += Math.max(0, threads.getThreadCpuTime(thread.getId()));
        requestBytes += Math.max(0, threads.getThreadAllocatedBytes(thread.getId()));
      }
    }
    return new Reading(jvm, postgres * NANOS_PER_TICK, requestNanos, requestBytes);
  }

  /** utime + stime of a process, in ticks (10 ms); 0 when it is gone. */
  static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
