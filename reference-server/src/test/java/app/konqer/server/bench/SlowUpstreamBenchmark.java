package app.konqer.server.bench;

import app.konqer.server.db.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Benchmarks 500 generations in flight at once while OpenAI takes 2 seconds to answer each.
 *
 * <p>OpenAI is stood in by {@link SlowOpenAi}. The server runs in a JVM of its own ({@code app.konqer.server.Main}
 * on the benchmark's classpath, on the JDK of {@code bench.java.home}, the benchmark's own by default) against an
 * embedded PostgreSQL the benchmark starts, with {@code OPENAI_API_KEY} set, {@code KONQER_OPENAI_BASE_URL} on the
 * stand-in, {@code KONQER_OPENAI_MAX_CONCURRENCY=1000} and both rate limits off. A closed loop of 500 workers (5 per
 * user) posts cold-dm generations; every second the server's {@code VmRSS}, {@code VmHWM} and thread count are read
 * from {@code /proc/<pid>/status}. The baseline is the same process idle right after its start.
 *
 * <p>The server runs as a small pod would run it: the serial collector, C1 only ({@code -XX:TieredStopAtLevel=1}: the
 * work is waiting on OpenAI, and C2's compilations cost both processors and some 30 MiB of code and compiler memory)
 * and {@code MALLOC_ARENA_MAX=2} (glibc's per-thread malloc arenas otherwise hold some 10 MiB more). The heap is
 * 96 MiB where requests run on virtual threads, whose stacks live in the heap (about 45 MiB live under this load),
 * and 64 MiB on JDK 17, whose 500 platform threads keep their stacks outside it (about 35 MiB live).
 *
 * <p>Settings, as system properties: {@code bench.java.home} (the server's JDK), {@code bench.jvm} (the server's JVM
 * options, default {@link #defaultJvm(int)}), {@code bench.workers} (default 500),
 * {@code bench.warmup} (seconds, default 10), {@code bench.seconds} (measured seconds, default 30),
 * {@code bench.jfr} ({@code true} records a JFR file of the server, with virtual-thread pinning, and prints its
 * summary; it adds to the RSS). Run with {@code mvn -q -B -pl reference-server -am -Pbench process-test-classes
 * -Dbench=upstream [-Dbench.java.home=/usr/lib/jvm/temurin-25-jdk-amd64]}.
 */
public final class SlowUpstreamBenchmark {
  /** The server JVM's options but the heap's size, unless {@code bench.jvm} names others. */
  static final String SMALL_POD_JVM = "-XX:+UseSerialGC -Xms32m -XX:TieredStopAtLevel=1";

  private static final Duration UPSTREAM_DELAY = Duration.ofSeconds(2);
  private static final int WORKERS_PER_USER = 5;
  private static final double RSS_GOAL_MIB = 256;

  private SlowUpstreamBenchmark() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args ignored
   * @throws Exception when the setup fails
   */
  public static void main(String[] args) throws Exception {
    ServerProcess.requireLinux();
    int workers = Integer.getInteger("bench.workers", 500);
    Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
    Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    Path javaHome = ServerProcess.javaHome();
    int jdk = ServerProcess.featureVersion(javaHome);
    List<String> jvm = serverJvm(jdk);
    Path work = Files.createTempDirectory("konqer-bench-upstream");
    Path recording = work.resolve("server.jfr");
    if (Boolean.getBoolean("bench.jfr")) {
      jvm.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
    }

    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(work.resolve("db"));
        SlowOpenAi openAi = new SlowOpenAi(UPSTREAM_DELAY, ColdDmSample.completion())) {
      Map<String, String> env = new HashMap<>(Map.of(
          "KONQER_DATABASE_URL", postgres.jdbcUrl(),
          "KONQER_DATABASE_USER", postgres.user(),
          "KONQER_DEV_AUTH", "true",
          "KONQER_DATA_DIR", work.resolve("server").toString(),
          "OPENAI_API_KEY", "sk-bench-not-a-key",
          "KONQER_OPENAI_BASE_URL", openAi.baseUrl(),
          "KONQER_OPENAI_MAX_CONCURRENCY", "1000",
          "KONQER_RATE_LIMIT_PER_USER", "0",
          "KONQER_RATE_LIMIT_PER_IP", "0",
          "MALLOC_ARENA_MAX", "2"));
      if (System.getProperty("bench.pool") != null) {
        env.put("KONQER_DB_POOL_SIZE", System.getProperty("bench.pool"));
      }
      OkHttpClient http = new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(workers, 5, TimeUnit.MINUTES))
          .readTimeout(Duration.ofSeconds(60))
          .build();
      ServerProcess.Memory idle;
      ServerProcess.Memory after;
      ClosedLoop.Result result;
      MemorySampler sampler;
      String pool;
      AtomicReference<String> firstError = new AtomicReference<>();
      String body = ColdDmSample.input();
      try (ServerProcess server = ServerProcess.startServer(javaHome, jvm, env, work.resolve("server.log"))) {
        server.awaitHealthy(http, Duration.ofSeconds(120));
        idle = server.memory();
        ApiCalls api = new ApiCalls(http, server.url());
        List<String> tokens = BenchUsers.withColdDm(api, postgres, "upstream", (workers + WORKERS_PER_USER - 1) / WORKERS_PER_USER);
        sampler = MemorySampler.start(server, openAi, warmUp);
        long rampStep = warmUp.toNanos() / 2 / workers;
        boolean[] started = new boolean[workers];
        result = ClosedLoop.run("POST /services/cold-dm/generate, OpenAI answering in 2 s", workers, warmUp,
            measured, worker -> {
              if (!started[worker]) {
                started[worker] = true;
                TimeUnit.NANOSECONDS.sleep(rampStep * worker);
              }
              try {
                api.generate("cold-dm", tokens.get(worker / WORKERS_PER_USER), body);
              } catch (IOException e) {
                firstError.compareAndSet(null, e.getMessage());
                throw e;
              }
            });
        sampler.stop();
        pool = poolMetrics(api, tokens.get(0));
        http.connectionPool().evictAll();
        TimeUnit.SECONDS.sleep(5);
        after = server.memory();
      }
      print(jdk, jvm, workers, warmUp, measured, result, idle, sampler, after, openAi);
      System.out.println("Server connection pool and threads, from /metrics at the end of the load:\n" + pool);
      if (firstError.get() != null) {
        System.out.println("First error: " + firstError.get());
      }
      if (Boolean.getBoolean("bench.jfr")) {
        Process summary = new ProcessBuilder(javaHome.resolve("bin/jfr").toString(), "summary", recording.toString())
            .redirectErrorStream(true).start();
        String text = new String(summary.getInputStream().readAllBytes());
        summary.waitFor();
        System.out.println("JFR recording " + recording + " (kept), events of interest:");
        text.lines().filter(line -> line.contains("VirtualThread") || line.contains("ThreadStart")
            || line.contains("GarbageCollection") || line.contains("ExecutionSample")).forEach(System.out::println);
      }
    } finally {
      if (!Boolean.getBoolean("bench.jfr")) {
        Directories.delete(work);
      }
    }
  }

  /**
   * The server JVM's default options on a JDK.
   *
   * @param jdk the JDK's feature version
   * @return {@link #SMALL_POD_JVM} with a 96 MiB heap from JDK 21 (virtual threads) on, 64 MiB before
   */
  static String defaultJvm(int jdk) {
    return SMALL_POD_JVM + (jdk >= 21 ? " -Xmx96m" : " -Xmx64m");
  }

  /**
   * The options of a server JVM that a benchmark starts: {@code bench.jvm}, else {@link #defaultJvm(int)}.
   *
   * @param jdk the server JDK's feature version
   * @return the options, a new mutable list
   */
  static List<String> serverJvm(int jdk) {
    return new ArrayList<>(Arrays.asList(System.getProperty("bench.jvm", defaultJvm(jdk)).strip().split("\\s+")));
  }

  /** The server's connection pool figures from {@code /metrics}: waits for a connection, time held, timeouts. */
  private static String poolMetrics(ApiCalls api, String token) throws IOException {
    StringBuilder lines = new StringBuilder();
    api.get("/metrics", token).lines()
        .filter(line -> line.startsWith("hikaricp_connections_acquire_seconds_")
            || line.startsWith("hikaricp_connections_usage_seconds_")
            || line.startsWith("hikaricp_connections_timeout_total") || line.startsWith("hikaricp_connections_max")
            || line.startsWith("hikaricp_connections_pending"))
        .forEach(line -> lines.append("  ").append(line).append('\n'));
    return lines.toString();
  }


  /** Reads the server's memory and the stand-in's calls in flight every second during the measured window. */
  static final class MemorySampler {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long mostRssKib;
    private volatile int mostThreads;
    private volatile int leastInFlight = Integer.MAX_VALUE;

    private MemorySampler(ServerProcess server, SlowOpenAi openAi, Duration warmUp) {
      this.thread = new Thread(() -> {
        try {
          TimeUnit.MILLISECONDS.sleep(warmUp.toMillis());
          if (openAi != null) {
            openAi.resetMostInFlight();
          }
          while (running) {
            ServerProcess.Memory memory = server.memory();
            mostRssKib = Math.max(mostRssKib, memory.rssKib());
            mostThreads = Math.max(mostThreads, memory.threads());
            TimeUnit.SECONDS.sleep(1);
          }
        } catch (IOException | InterruptedException e) {
          running = false;
        }
      }, "memory-sampler");
      thread.setDaemon(true);
    }

    static MemorySampler start(ServerProcess server, SlowOpenAi openAi, Duration warmUp) {
      MemorySampler sampler = new MemorySampler(server, openAi, warmUp);
      sampler.thread.start();
      return sampler;
    }

    void stop() throws InterruptedException {
      running = false;
      thread.interrupt();
      thread.join();
    }

    double mostRssMib() {
      return mostRssKib / 1024.0;
    }

    int mostThreads() {
      return mostThreads;
    }
  }

  private static void print(int jdk, List<String> jvm, int workers, Duration warmUp, Duration measured,
      ClosedLoop.Result result, ServerProcess.Memory idle, MemorySampler sampler, ServerProcess.Memory after,
      SlowOpenAi openAi) {
    double ideal = workers / (double) UPSTREAM_DELAY.toSeconds();
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%nSlow upstream: JDK %d (%s request threads), server JVM %s;"
        + " %d closed-loop workers, %d s warm-up, %d s measured, OpenAI answering after %d s%n%n", jdk,
        jdk >= 21 ? "virtual" : "platform", String.join(" ", jvm), workers, warmUp.toSeconds(),
        measured.toSeconds(), UPSTREAM_DELAY.toSeconds()));
    table.append("| measure | figure | baseline | ratio |\n|---|---|---|---|\n");
    table.append(String.format(Locale.ROOT, "| most OpenAI calls in flight | %d | %d workers | %.2fx |%n",
        openAi.mostInFlight(), workers, openAi.mostInFlight() / (double) workers));
    table.append(String.format(Locale.ROOT, "| generations completed (errors) | %d (%d) | | |%n",
        result.operations(), result.errors()));
    table.append(String.format(Locale.ROOT, "| throughput | %.1f/s | %.1f/s (%d in flight / %d s) | %.2fx |%n",
        result.throughput(), ideal, workers, UPSTREAM_DELAY.toSeconds(), result.throughput() / ideal));
    table.append(String.format(Locale.ROOT, "| p50 latency | %.0f ms | %d ms upstream | %.3fx |%n",
        result.p50Nanos() / 1e6, UPSTREAM_DELAY.toMillis(), result.p50Nanos() / 1e6 / UPSTREAM_DELAY.toMillis()));
    table.append(String.format(Locale.ROOT, "| p99 latency | %.0f ms | %d ms upstream | %.3fx |%n",
        result.p99Nanos() / 1e6, UPSTREAM_DELAY.toMillis(), result.p99Nanos() / 1e6 / UPSTREAM_DELAY.toMillis()));
    table.append(String.format(Locale.ROOT, "| server RSS, most sampled under load | %.0f MiB | %.0f MiB idle |"
        + " %.2fx (goal: <= %.0f MiB) |%n", sampler.mostRssMib(), idle.rssMib(),
        sampler.mostRssMib() / idle.rssMib(), RSS_GOAL_MIB));
    table.append(String.format(Locale.ROOT, "| server peak RSS (VmHWM, whole run) | %.0f MiB | %.0f MiB goal |"
        + " %.2fx |%n", after.peakRssMib(), RSS_GOAL_MIB, after.peakRssMib() / RSS_GOAL_MIB));
    table.append(String.format(Locale.ROOT, "| server RSS 5 s after the load | %.0f MiB | %.0f MiB idle | %.2fx |%n",
        after.rssMib(), idle.rssMib(), after.rssMib() / idle.rssMib()));
    table.append(String.format(Locale.ROOT, "| server threads, most sampled | %d | %d idle | %.2fx |%n",
        sampler.mostThreads(), idle.threads(), sampler.mostThreads() / (double) idle.threads()));
    System.out.println(table);
  }
}
