package app.konqer.server.bench;

import app.konqer.server.db.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * Benchmarks the server's cold start: from launching its JVM to the first 200 on {@code /health}.
 *
 * <p>Each start is a JVM of its own ({@code app.konqer.server.Main}, dev mode, the JVM options of the slow-upstream
 * benchmark), stopped with SIGTERM before the next, every case on the same classpath of jars ({@link ClasspathJars}:
 * the build's class directories packed, since AppCDS takes jars only). The cases:
 *
 * <ol>
 *   <li>the baseline: a bare JVM running {@link TrivialMain} on the same classpath, to its exit;</li>
 *   <li>an external database: a PostgreSQL the benchmark started beforehand, already migrated;</li>
 *   <li>the embedded database in a fresh data directory: {@code initdb}, start, schema migration;</li>
 *   <li>the embedded database in a data directory an earlier start initialised;</li>
 *   <li>the external and the initialised embedded cases again with an AppCDS archive of the server's classes
 *       ({@code -XX:SharedArchiveFile}), dumped by one start with {@code -XX:ArchiveClassesAtExit}.</li>
 * </ol>
 *
 * <p>Each case runs {@code bench.runs} times (default 5) after one unmeasured start, and prints the median, the
 * fastest and the slowest, and the median against the baseline's. Settings, as system properties:
 * {@code bench.java.home} (the JDK), {@code bench.jvm} (the server's options), {@code bench.runs}. Run with
 * {@code mvn -q -B -pl reference-server -am -Pbench process-test-classes -Dbench=coldstart}.
 */
public final class ColdStartBenchmark {
  private static final Duration LIMIT = Duration.ofSeconds(120);

  private ColdStartBenchmark() {}

  /** How one case starts the server, given its run number. */
  @FunctionalInterface
  private interface Start {
    ServerProcess start(int run) throws IOException;
  }

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args ignored
   * @throws Exception when a start fails
   */
  public static void main(String[] args) throws Exception {
    int runs = Integer.getInteger("bench.runs", 5);
    Path javaHome = ServerProcess.javaHome();
    List<String> jvm = SlowUpstreamBenchmark.serverJvm(ServerProcess.featureVersion(javaHome));
    Path work = Files.createTempDirectory("konqer-bench-coldstart");
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofMillis(200))
        .readTimeout(Duration.ofSeconds(5))
        .build();
    Map<String, long[]> cases = new LinkedHashMap<>();
    String classpath = ClasspathJars.of(ServerProcess.classpath(), work.resolve("classpath"));
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(work.resolve("external"))) {
      Map<String, String> external = Map.of(
          "KONQER_DATABASE_URL", postgres.jdbcUrl(),
          "KONQER_DATABASE_USER", postgres.user(),
          "KONQER_DEV_AUTH", "true",
          "KONQER_DATA_DIR", work.resolve("server").toString());
      Map<String, String> initialised = Map.of("KONQER_DATA_DIR", work.resolve("initialised").toString());
      Path archive = work.resolve("konqer.jsa");
      List<String> withCds = new ArrayList<>(jvm);
      withCds.add("-XX:SharedArchiveFile=" + archive);
      List<String> dumpCds = new ArrayList<>(jvm);
      dumpCds.add("-XX:ArchiveClassesAtExit=" + archive);

      cases.put("bare JVM, trivial main (baseline)", measureRuns(runs, () -> {
        int exit = ServerProcess.runMain(javaHome, classpath, jvm, TrivialMain.class.getName());
        if (exit != 0) {
          throw new IOException("The trivial main exited with " + exit);
        }
      }));
      cases.put("external PostgreSQL (migrated)", measure(runs,
          run -> ServerProcess.startServer(javaHome, classpath, jvm, external,
              work.resolve("external-" + run + ".log")),
          http));
      cases.put("embedded, fresh data directory", measure(runs,
          run -> ServerProcess.startServer(javaHome, classpath, jvm, Map.of("KONQER_DATA_DIR",
              work.resolve("fresh-" + run).toString()), work.resolve("fresh-" + run + ".log")), http));
      cases.put("embedded, initialised data directory", measure(runs,
          run -> ServerProcess.startServer(javaHome, classpath, jvm, initialised,
              work.resolve("initialised-" + run + ".log")),
          http));
      try (ServerProcess dump =
          ServerProcess.startServer(javaHome, classpath, dumpCds, external, work.resolve("cds.log"))) {
        dump.awaitHealthy(http, LIMIT);
      }
      if (Files.exists(archive)) {
        cases.put("external PostgreSQL, AppCDS archive", measure(runs,
            run -> ServerProcess.startServer(javaHome, classpath, withCds, external,
                work.resolve("external-cds-" + run + ".log")),
            http));
        cases.put("embedded, initialised, AppCDS archive", measure(runs,
            run -> ServerProcess.startServer(javaHome, classpath, withCds, initialised,
                work.resolve("initialised-cds-" + run + ".log")), http));
      } else {
        System.out.println("No AppCDS archive was written; see " + work.resolve("cds.log"));
      }
      print(ServerProcess.featureVersion(javaHome), jvm, runs, cases, archive);
    } finally {
      Directories.delete(work);
    }
  }

  /** One unmeasured start, then {@code runs} measured ones: launch to the first 200 on {@code /health}. */
  private static long[] measure(int runs, Start start, OkHttpClient http) throws Exception {
    long[] nanos = new long[runs];
    for (int run = 0; run <= runs; run++) {
      long started = System.nanoTime();
      try (ServerProcess server = start.start(run)) {
        server.awaitHealthy(http, LIMIT);
        long ready = System.nanoTime() - started;
        if (run > 0) {
          nanos[run - 1] = ready;
        }
      }
    }
    return nanos;
  }

  /** A process run to its end: one unmeasured run, then {@code runs} measured ones. */
  @FunctionalInterface
  private interface Run {
    void run() throws Exception;
  }

  private static long[] measureRuns(int runs, Run process) throws Exception {
    long[] nanos = new long[runs];
    for (int run = 0; run <= runs; run++) {
      long started = System.nanoTime();
      process.run();
      if (run > 0) {
        nanos[run - 1] = System.nanoTime() - started;
      }
    }
    return nanos;
  }

  private static void print(int jdk, List<String> jvm, int runs, Map<String, long[]> cases, Path archive)
      throws IOException {
    long baseline = median(cases.values().iterator().next());
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%nCold start to the first 200 on /health: JDK %d, JVM %s, %d runs"
        + " per case after one unmeasured%n%n", jdk, String.join(" ", jvm), runs));
    table.append("| case | median | fastest | slowest | median / baseline |\n|---|---|---|---|---|\n");
    for (Map.Entry<String, long[]> entry : cases.entrySet()) {
      long[] sorted = entry.getValue().clone();
      Arrays.sort(sorted);
      table.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.2fx |%n", entry.getKey(),
          median(sorted) / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6,
          median(sorted) / (double) baseline));
    }
    if (Files.exists(archive)) {
      table.append(String.format(Locale.ROOT, "%nAppCDS archive: %.1f MiB%n", Files.size(archive) / 1048576.0));
    }
    System.out.println(table);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
