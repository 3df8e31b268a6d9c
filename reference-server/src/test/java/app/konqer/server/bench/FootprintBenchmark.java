package app.konqer.server.bench;

import app.konqer.server.db.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Benchmarks the server's memory after a generate warm-up against the same JVM idle right after its start.
 *
 * <p>The server runs in a JVM of its own ({@code app.konqer.server.Main}, offline generator, dev mode) against an
 * embedded PostgreSQL the benchmark starts, with the JVM options of the slow-upstream benchmark. Right after its
 * start, and again after a closed loop of cold-dm generations, the benchmark forces a full collection
 * ({@code jcmd GC.run}), reads the heap in use ({@code jcmd GC.heap_info}) and the RSS ({@code /proc/<pid>/status}).
 * Settings, as system properties: {@code bench.java.home} (the server's JDK), {@code bench.jvm} (its options),
 * {@code bench.workers} (default 8), {@code bench.seconds} (the warm-up, default 30). Run with
 * {@code mvn -q -B -pl reference-server -am -Pbench process-test-classes -Dbench=footprint}.
 */
public final class FootprintBenchmark {
  private FootprintBenchmark() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args ignored
   * @throws Exception when the setup fails
   */
  public static void main(String[] args) throws Exception {
    ServerProcess.requireLinux();
    int workers = Integer.getInteger("bench.workers", 8);
    Duration load = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    Path javaHome = ServerProcess.javaHome();
    List<String> jvm = SlowUpstreamBenchmark.serverJvm(ServerProcess.featureVersion(javaHome));
    Path work = Files.createTempDirectory("konqer-bench-footprint");
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(work.resolve("db"))) {
      Map<String, String> env = Map.of(
          "KONQER_DATABASE_URL", postgres.jdbcUrl(),
          "KONQER_DATABASE_USER", postgres.user(),
          "KONQER_DEV_AUTH", "true",
          "KONQER_DATA_DIR", work.resolve("server").toString(),
          "KONQER_RATE_LIMIT_PER_USER", "0",
          "KONQER_RATE_LIMIT_PER_IP", "0");
      OkHttpClient http = new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(workers, 5, TimeUnit.MINUTES))
          .build();
      try (ServerProcess server = ServerProcess.startServer(javaHome, jvm, env, work.resolve("server.log"))) {
        server.awaitHealthy(http, Duration.ofSeconds(120));
        ServerProcess.Heap idleHeap = server.heapAfterFullGc();
        ServerProcess.Memory idle = server.memory();
        ApiCalls api = new ApiCalls(http, server.url());
        List<String> tokens = BenchUsers.withColdDm(api, postgres, "footprint", workers);
        String body = ColdDmSample.input();
        ClosedLoop.Result result = ClosedLoop.run("POST /services/cold-dm/generate (offline)", workers,
            Duration.ZERO, load, worker -> api.generate("cold-dm", tokens.get(worker), body));
        ServerProcess.Heap warmHeap = server.heapAfterFullGc();
        ServerProcess.Memory warm = server.memory();
        print(ServerProcess.featureVersion(javaHome), jvm, workers, load, result, idleHeap, idle, warmHeap, warm);
      }
    } finally {
      Directories.delete(work);
    }
  }


  private static void print(int jdk, List<String> jvm, int workers, Duration load, ClosedLoop.Result result,
      ServerProcess.Heap idleHeap, ServerProcess.Memory idle, ServerProcess.Heap warmHeap,
      ServerProcess.Memory warm) {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%nServer footprint: JDK %d, server JVM %s; warm-up: %d closed-loop"
        + " workers for %d s, %d generations (%.0f/s), %d errors%n%n", jdk, String.join(" ", jvm), workers,
        load.toSeconds(), result.operations(), result.throughput(), result.errors()));
    table.append("| measure | after warm-up | idle after start (baseline) | ratio |\n|---|---|---|---|\n");
    table.append(String.format(Locale.ROOT, "| heap used after a full GC | %.1f MiB | %.1f MiB | %.2fx |%n",
        warmHeap.usedKib() / 1024.0, idleHeap.usedKib() / 1024.0,
        warmHeap.usedKib() / (double) idleHeap.usedKib()));
    table.append(String.format(Locale.ROOT, "| heap committed | %.1f MiB | %.1f MiB | %.2fx |%n",
        warmHeap.committedKib() / 1024.0, idleHeap.committedKib() / 1024.0,
        warmHeap.committedKib() / (double) idleHeap.committedKib()));
    table.append(String.format(Locale.ROOT, "| RSS | %.0f MiB | %.0f MiB | %.2fx |%n", warm.rssMib(),
        idle.rssMib(), warm.rssMib() / idle.rssMib()));
    table.append(String.format(Locale.ROOT, "| peak RSS (VmHWM) | %.0f MiB | %.0f MiB | %.2fx |%n",
        warm.peakRssMib(), idle.peakRssMib(), warm.peakRssMib() / idle.peakRssMib()));
    table.append(String.format(Locale.ROOT, "| threads | %d | %d | %.2fx |%n", warm.threads(), idle.threads(),
        warm.threads() / (double) idle.threads()));
    System.out.println(table);
  }
}
