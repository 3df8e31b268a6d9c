package app.konqer.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives PostgreSQL and this JVM separate processors with {@code taskset}, as a server and its database on two hosts
 * would have: PostgreSQL (the postmaster and every backend it forks) on the last processor, this JVM (server, load
 * generator, JIT and GC) on the others. Then a loop is limited by whichever side runs out of processor first, and a
 * server that costs less processor per request than PostgreSQL does is limited by PostgreSQL.
 */
final class CpuSplit {
  private CpuSplit() {}

  /**
   * Splits the processors, if the machine has at least two and {@code taskset} exists.
   *
   * @param pgData the PostgreSQL data directory, which holds {@code postmaster.pid}
   * @return what was done, for the report
   * @throws IOException when the pid file cannot be read
   * @throws InterruptedException when interrupted while {@code taskset} runs
   */
  static String apply(Path pgData) throws IOException, InterruptedException {
    int processors = Runtime.getRuntime().availableProcessors();
    if (processors < 2 || !Files.isExecutable(Path.of("/usr/bin/taskset"))) {
      return "processors shared (fewer than 2 processors or no taskset)";
    }
    long postmaster = CpuMeter.postmaster(pgData);
    String database = Integer.toString(processors - 1);
    String jvm = processors == 2 ? "0" : "0-" + (processors - 2);
    List<Long> postgres = new ArrayList<>();
    postgres.add(postmaster);
    ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(d -> postgres.add(d.pid())));
    for (long pid : postgres) {
      pin(database, pid);
    }
    pin(jvm, ProcessHandle.current().pid());
    return "PostgreSQL on processor " + database + ", this JVM on processor(s) " + jvm;
  }

  private static void pin(String processors, long pid) throws IOException, InterruptedException {
    Process taskset = new ProcessBuilder("taskset", "-a", "-c", "-p", processors, Long.toString(pid))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (taskset.waitFor() != 0) {
      throw new IOException("taskset failed for pid " + pid);
    }
  }
}
