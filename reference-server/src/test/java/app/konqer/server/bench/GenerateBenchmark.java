package app.konqer.server.bench;

import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.server.KonqerServer;
import app.konqer.server.ServerAssembly;
import app.konqer.server.ServerConfig;
import app.konqer.server.auth.DevTokenIssuer;
import app.konqer.server.auth.Principal;
import app.konqer.server.db.Database;
import app.konqer.server.db.EmbeddedDatabase;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.db.Rows;
import app.konqer.server.generation.GenerationRepository;
import app.konqer.server.generation.StoredGeneration;
import app.konqer.server.http.InternalIds;
import app.konqer.server.idempotency.IdempotencyClaim;
import app.konqer.server.idempotency.IdempotencyStore;
import app.konqer.server.idempotency.RequestFingerprint;
import app.konqer.server.idempotency.StoredResponse;
import app.konqer.server.quota.DailyQuota;
import com.squareup.moshi.Moshi;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Benchmarks {@code POST /services/cold-dm/generate} with the offline generator against the same SQL run directly.
 *
 * <p>Starts an embedded PostgreSQL and the real server on it, in dev mode with RS256 dev tokens, gives each of N
 * users access to cold-dm (and as many as the open loops have threads, each thread acting for a user of its own, as
 * many callers would), and runs closed loops of N workers:
 *
 * <ol>
 *   <li>the server: each worker posts a cold-dm input for its own user, with a new {@code Idempotency-Key} every
 *       time, on its own kept-alive loopback connection ({@link LoadClient}, a minimal client in the spirit of
 *       wrk, so that the load generator takes little of the machine);</li>
 *   <li>the generation's writes over JDBC: the statement that claims the idempotency key and takes the quota unit,
 *       then one transaction with the statement that inserts the generation and its event and completes the
 *       key;</li>
 *   <li>every statement of a request over JDBC: the service status read, then the writes (the caller's user row is
 *       remembered by the server between requests, so a known caller costs no statement);</li>
 *   <li>{@code GET /user/me}: HTTP, bearer verification and the profile query, the floor of any authenticated
 *       route.</li>
 * </ol>
 *
 * <p>Each loop first warms up, for {@code bench.warmup} and then until the JIT compilers are done with it
 * ({@link JitWarmUp}), then the measured time is split into rounds that take turns (server, JDBC, JDBC,
 * floor, server, ...), so that a change in the machine's load during the run weighs on all of them alike. Then
 * {@link HalfLoad}: the server and every statement of a request over JDBC again, in turns, as open loops at half the
 * throughput the server reached (arrivals at a fixed rate, each latency counted from its due time), for the latency
 * of a server that is not saturated against that of its database at the same rate.
 *
 * <p>The JDBC loops go through the server's own repositories, so the statements are byte for byte the server's.
 * Prints throughput, p50, p99 and p999 of each, and the server's throughput as a share of each JDBC loop's.
 * Settings, as system properties: {@code bench.users} (workers and users, default 8), {@code bench.warmup} (seconds
 * per loop, default 10), {@code bench.seconds} (measured seconds per loop, default 20), {@code bench.pacedSeconds}
 * (measured seconds per open loop, default {@code bench.seconds}), {@code bench.rounds} (default 4),
 * {@code bench.timeline} (a file for every 100 ms of the open loops, as CSV), {@code bench.splitCpus} (default
 * true: PostgreSQL and the JVM on separate processors, see {@link CpuSplit}; false: shared),
 * {@code bench.serverOnly} (only the server's loops, for profiling). Run with
 * {@code mvn -q -B -pl reference-server -am -Pbench process-test-classes}.
 */
public final class GenerateBenchmark {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int UNLIMITED = 2_000_000_000;
  private static final String GENERATE_PATH = "/services/cold-dm/generate";
  private static final String SERVER = "POST " + GENERATE_PATH;
  /** Each round's unmeasured start, so that a round measures a loop already running at full speed. */
  private static final Duration ROUND_WARM_UP = Duration.ofSeconds(1);
  /** The longest warm-up of a loop while the JIT compilers are still busy with it. */
  private static final Duration MAX_WARM_UP = Duration.ofSeconds(180);
  /** Threads of the paced run: enough that a slow response never delays the next arrival. */
  private static final int PACED_WORKERS = 64;

  private GenerateBenchmark() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args ignored
   * @throws Exception when the setup fails
   */
  public static void main(String[] args) throws Exception {
    int workers = Integer.getInteger("bench.users", 8);
    Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
    Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    int rounds = Integer.getInteger("bench.rounds", 4);
    Duration pacedMeasured = Duration.ofSeconds(Long.getLong("bench.pacedSeconds", measured.toSeconds()));
    Moshi moshi = KonqerJson.create();
    String body = moshi.adapter(ColdDmInput.class).toJson(ColdDmInput.builder()
        .prospectName("Dana Whitfield")
        .company("Northwind Logistics")
        .offer("Route planning that cuts empty miles by 18% for regional fleets")
        .role("VP Operations")
        .tone(Tone.DIRECT)
        .recentActivity(List.of("Posted about rising diesel costs"))
        .build());

    Path dataDir = Files.createTempDirectory("konqer-bench");
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir)) {
      ServerConfig config = ServerConfig.fromEnv(Map.of(
          "PORT", "0",
          "KONQER_DATABASE_URL", postgres.jdbcUrl(),
          "KONQER_DATABASE_USER", postgres.user(),
          "KONQER_DEV_AUTH", "true",
          "KONQER_DATA_DIR", dataDir.toString(),
          "KONQER_DB_POOL_SIZE", Integer.toString(workers),
          "KONQER_RATE_LIMIT_PER_USER", "0",
          "KONQER_RATE_LIMIT_PER_IP", "0"), dataDir);
      List<UUID> userIds = new ArrayList<>();
      Map<String, List<ClosedLoop.Sample>> samples = new LinkedHashMap<>();
      Map<String, CpuPerOperation> cpu = new LinkedHashMap<>();
      Map<String, String> threads = new LinkedHashMap<>();
      ByteArrayOutputStream halfLoadReport = new ByteArrayOutputStream();
      List<String> warmUps = new ArrayList<>();
      String cpus;
      try (KonqerServer konqer = ServerAssembly.start(config);
          Database database = Database.connect(new PoolSettings(postgres.jdbcUrl(), postgres.user(), null,
              workers, Duration.ofSeconds(10)), new SimpleMeterRegistry())) {
        OkHttpClient http = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(workers, 5, TimeUnit.MINUTES))
            .build();
        String base = konqer.url().toString();
        List<String> tokens = new ArrayList<>();
        int users = Math.max(workers, PACED_WORKERS);
        for (int i = 0; i < users; i++) {
          String token = devToken(http, base, moshi, principal(i).email());
          tokens.add(token);
          userIds.add(moshi.adapter(UserProfile.class).fromJson(get(http, base + "/user/me", token)).id());
        }
        grantColdDm(postgres, userIds);
        cpus = Boolean.parseBoolean(System.getProperty("bench.splitCpus", "true"))
            ? CpuSplit.apply(postgres.dataDirectory())
            : "processors shared";
        SameSql sql = new SameSql(database, moshi, body, generate(http, base, tokens.get(0), body));

        List<LoadClient> clients = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
          clients.add(new LoadClient(konqer.url()));
        }
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        ClosedLoop.Operation generateOnce = worker -> expect200(clients.get(worker)
            .post(GENERATE_PATH, tokens.get(worker), InternalIds.next().toString(), json));
        try (LoadClient probe = new LoadClient(konqer.url())) {
          expect200(probe.post(GENERATE_PATH, tokens.get(0), InternalIds.next().toString(), json));
          expect200(probe.get("/user/me", tokens.get(0)));
        }
        Map<String, ClosedLoop.Operation> runs = new LinkedHashMap<>();
        runs.put(SERVER, generateOnce);
        runs.put("JDBC: the generation's writes", worker -> sql.writes(userIds.get(worker)));
        runs.put("JDBC: every statement of a request", worker -> sql.everything(userIds.get(worker)));
        runs.put("GET /user/me (HTTP + auth floor)",
            worker -> expect200(clients.get(worker).get("/user/me", tokens.get(worker))));
        if (Boolean.getBoolean("bench.serverOnly")) {
          runs.keySet().retainAll(List.of(SERVER));
        }
        for (Map.Entry<String, ClosedLoop.Operation> run : runs.entrySet()) {
          warmUps.add(JitWarmUp.run(run.getKey(), workers, warmUp, MAX_WARM_UP, run.getValue()));
        }
        Duration round = measured.dividedBy(rounds);
        CpuMeter meter = new CpuMeter(postgres.dataDirectory());
        for (int r = 0; r < rounds; r++) {
          for (Map.Entry<String, ClosedLoop.Operation> run : runs.entrySet()) {
            AtomicLong done = new AtomicLong();
            Map<String, Long> threadsBefore = ThreadCpu.byGroup();
            CpuMeter.Reading before = meter.read();
            ClosedLoop.Sample sample = ClosedLoop.sample(run.getKey(), workers, ROUND_WARM_UP, round, worker -> {
              run.getValue().run(worker);
              done.incrementAndGet();
            });
            CpuMeter.Reading spent = meter.read().minus(before);
            if (r == rounds - 1) {
              threads.put(run.getKey(), ThreadCpu.top(threadsBefore, ThreadCpu.byGroup(), done.get(), 6));
            }
            samples.computeIfAbsent(run.getKey(), name -> new ArrayList<>()).add(sample);
            cpu.merge(run.getKey(), new CpuPerOperation(spent.jvmNanos(), spent.postgresNanos(),
                spent.requestThreadNanos(), spent.requestThreadBytes(), done.get()), CpuPerOperation::plus);
          }
        }
        double maximum = ClosedLoop.result(SERVER, samples.get(SERVER)).throughput();
        for (LoadClient client : clients) {
          client.close();
        }
        clients.clear();
        for (int i = 0; i < PACED_WORKERS; i++) {
          clients.add(new LoadClient(konqer.url()));
        }
        vacuum(database);
        Map<String, ClosedLoop.Operation> paced = new LinkedHashMap<>();
        paced.put(SERVER + " at half load", generateOnce);
        paced.put("JDBC: every statement at the same rate", worker -> sql.everything(userIds.get(worker)));
        if (Boolean.getBoolean("bench.serverOnly")) {
          paced.keySet().retainAll(List.of(SERVER + " at half load"));
        }
        PrintStream halfLoadOut = new PrintStream(halfLoadReport, true, StandardCharsets.UTF_8);
        Instant openLoopsStarted = Instant.now();
        DatabaseCounters countersBefore = DatabaseCounters.read(database);
        try (BackendWaits waits = BackendWaits.connect(postgres.jdbcUrl(), postgres.user())) {
          new HalfLoad(paced, maximum / 2, PACED_WORKERS, postgres.dataDirectory(), waits)
              .run(pacedMeasured, rounds, halfLoadOut);
        }
        backgroundSince(database, openLoopsStarted, countersBefore, halfLoadOut);
        for (LoadClient client : clients) {
          client.close();
        }
        http.connectionPool().evictAll();
      }
      List<ClosedLoop.Result> rows = new ArrayList<>();
      samples.forEach((name, runs) -> rows.add(ClosedLoop.result(name, runs)));
      print(workers, warmUp, measured, rounds, cpus, rows, cpu);
      System.out.println(halfLoadReport.toString(StandardCharsets.UTF_8));
      threads.forEach((name, top) -> System.out.println("CPU by thread, last round, " + name + ": " + top));
      warmUps.forEach(System.out::println);
    } finally {
      deleteRecursively(dataDir);
    }
  }

  /** One generation's SQL, through the server's own repositories: the statements the server runs. */
  private static final class SameSql {
    private final Database database;
    private final IdempotencyStore idempotency;
    private final DailyQuota quota;
    private final GenerationRepository generations;
    private final Clock clock = Clock.systemUTC();
    private final String input;
    private final String output;
    private final String response;
    private final int tokens;
    private final Integer score;

    SameSql(Database database, Moshi moshi, String input, String response) throws IOException {
      this.database = database;
      this.idempotency = new IdempotencyStore(database, clock, moshi);
      this.quota = new DailyQuota(database, clock);
      this.generations = new GenerationRepository(database, moshi);
      this.input = input;
      this.response = response;
      @SuppressWarnings("unchecked")
      Generation<ColdDmOutput> generation = (Generation<ColdDmOutput>) moshi
          .adapter(ServiceDefinitions.COLD_DM.generationType()).fromJson(response);
      this.output = moshi.adapter(ColdDmOutput.class).toJson(generation.output());
      this.tokens = generation.tokensUsed();
      this.score = generation.personalizationScore();
    }

    /** What a generation writes: the idempotency claim with the quota unit, then the statement that stores it. */
    void writes(UUID userId) {
      DailyQuota.UnitRequest unit = quota.request(userId, ServiceId.COLD_DM, UNLIMITED);
      IdempotencyStore.CompanionClaim claimed = idempotency.claim(userId, UUID.randomUUID().toString(),
          RequestFingerprint.of("POST /services/cold-dm/generate", input), unit);
      IdempotencyClaim.Held claim = (IdempotencyClaim.Held) claimed.claim();
      quota.taken(unit, claimed.written());
      StoredGeneration stored = new StoredGeneration(UUID.randomUUID(), userId, ServiceId.COLD_DM, input, output,
          "konqer-offline", tokens, score, 1, clock.instant());
      if (!database.query(connection -> generations.store(connection, stored,
          idempotency.completion(claim, StoredResponse.json(200, response))))) {
        throw new IllegalStateException("The claim was lost");
      }
    }

    /** Every statement of a generate request of a known caller: the service status first, then the writes. */
    void everything(UUID userId) {
      generations.status(userId, ServiceId.COLD_DM);
      writes(userId);
    }
  }

  /**
   * Vacuums and analyses the database, as pgbench does before a run, then checkpoints it: the closed loops have just
   * inserted some hundred thousand rows, and the autovacuum they call for would otherwise land in the open loops, on
   * whichever of them runs at that moment. The checkpoint readies the write-ahead log a database that has been running
   * for a while has: PostgreSQL recycles the segment files a checkpoint frees as the next ones, and until then each
   * new 16 MiB segment is created and zero-filled by the backend whose commit needs it, while every other commit waits
   * for it ({@code IO:WalInitWrite}, then {@code LWLock:WALWrite} in {@link BackendWaits}): requests of 100-300 ms
   * every few seconds, in both open loops, on a fresh database.
   */
  private static void vacuum(Database database) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute("VACUUM (ANALYZE)");
      long vacuumed = System.nanoTime();
      statement.execute("CHECKPOINT");
      long checkpointed = System.nanoTime();
      System.out.printf(Locale.ROOT, "VACUUM (ANALYZE) before the open loops: %d ms; CHECKPOINT: %d ms, %s%n",
          (vacuumed - started) / 1_000_000, (checkpointed - vacuumed) / 1_000_000, walAhead(statement));
    }
  }

  /** How many write-ahead log segment files lie ready past the one being written. */
  private static String walAhead(Statement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery("""
        SELECT count(*) FILTER (WHERE name > pg_walfile_name(pg_current_wal_lsn())), count(*)
          FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$'""")) {
      row.next();
      return String.format(Locale.ROOT, "%d of %d WAL segment files ready for reuse", row.getLong(1), row.getLong(2));
    }
  }

  /**
   * Prints what the database did in the background since a time: the tables autovacuum worked on, the checkpoints,
   * and the write-ahead log written with its full-page images (the first change of each page after a checkpoint
   * logs the whole page). Such work lands on whichever open loop runs at that moment.
   */
  private static void backgroundSince(Database database, Instant since, DatabaseCounters before, PrintStream out)
      throws SQLException {
    DatabaseCounters spent = DatabaseCounters.read(database).minus(before);
    StringBuilder tables = new StringBuilder();
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement("""
            SELECT relname, n_live_tup, last_autovacuum, last_autoanalyze FROM pg_stat_user_tables
            WHERE last_autovacuum >= ? OR last_autoanalyze >= ? ORDER BY relname""")) {
      Rows.setInstant(select, 1, since);
      Rows.setInstant(select, 2, since);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Instant vacuumed = Rows.instant(row, "last_autovacuum");
          Instant analysed = Rows.instant(row, "last_autoanalyze");
          tables.append(String.format(Locale.ROOT, "; %s (%,d rows)%s%s", row.getString("relname"),
              row.getLong("n_live_tup"),
              vacuumed != null && !vacuumed.isBefore(since)
                  ? " vacuumed at " + Duration.between(since, vacuumed).toMillis() / 1000.0 + " s" : "",
              analysed != null && !analysed.isBefore(since)
                  ? " analysed at " + Duration.between(since, analysed).toMillis() / 1000.0 + " s" : ""));
        }
      }
    }
    out.printf(Locale.ROOT, "The database during the open loops: %d checkpoint(s), %,d bytes of WAL with %,d full-page"
        + " images; autovacuum (last run per table, from the start)%s%n", spent.checkpoints(), spent.walBytes(),
        spent.fullPageImages(), tables.length() == 0 ? ": none" : tables);
  }

  /** Cumulative counters of the database's background work. */
  private record DatabaseCounters(long checkpoints, long walBytes, long fullPageImages) {
    static DatabaseCounters read(Database database) throws SQLException {
      try (Connection connection = database.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("""
              SELECT (SELECT num_timed + num_requested FROM pg_stat_checkpointer),
                     (SELECT wal_bytes FROM pg_stat_wal), (SELECT wal_fpi FROM pg_stat_wal)""")) {
        row.next();
        return new DatabaseCounters(row.getLong(1), row.getLong(2), row.getLong(3));
      }
    }

    DatabaseCounters minus(DatabaseCounters earlier) {
      return new DatabaseCounters(checkpoints - earlier.checkpoints, walBytes - earlier.walBytes,
          fullPageImages - earlier.fullPageImages);
    }
  }

  /** The dev user of a worker, as its tokens name it. */
  private static Principal principal(int worker) {
    String email = "bench-" + worker + "@example.com";
    return new Principal(DevTokenIssuer.subjectFor(email), email, "Bench", List.of());
  }

  private static void expect200(LoadClient.Reply reply) throws IOException {
    if (reply.status() != 200) {
      throw new IOException("HTTP " + reply.status() + ": " + reply.body());
    }
  }

  private static String generate(OkHttpClient http, String base, String token, String body) throws IOException {
    Request request = new Request.Builder()
        .url(base + "/services/cold-dm/generate")
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .post(RequestBody.create(body, JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      String text = response.body().string();
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code() + ": " + text);
      }
      return text;
    }
  }

  private static String devToken(OkHttpClient http, String base, Moshi moshi, String email) throws IOException {
    Request request = new Request.Builder()
        .url(base + "/auth/dev-token")
        .post(RequestBody.create("{\"email\": \"" + email + "\", \"name\": \"Bench\"}", JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      return moshi.adapter(TokenSet.class).fromJson(response.body().string()).accessToken();
    }
  }

  private static String get(OkHttpClient http, String url, String token) throws IOException {
    Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + token).build();
    try (Response response = http.newCall(request).execute()) {
      return response.body().string();
    }
  }

  private static void grantColdDm(EmbeddedDatabase postgres, List<UUID> userIds) {
    try (Database database = Database.connect(new PoolSettings(postgres.jdbcUrl(), postgres.user(), null, 1,
        Duration.ofSeconds(10)), new SimpleMeterRegistry())) {
      database.transaction(connection -> {
        try (PreparedStatement grant = connection.prepareStatement(
            "INSERT INTO service_access (user_id, service, unlocked_at) VALUES (?, 'cold-dm', now())")) {
          for (UUID userId : userIds) {
            grant.setObject(1, userId);
            grant.executeUpdate();
          }
        }
        try (PreparedStatement limit = connection.prepareStatement(
            "UPDATE service_configs SET rate_limit_daily = ? WHERE service = 'cold-dm'")) {
          limit.setInt(1, UNLIMITED);
          limit.executeUpdate();
        }
        return null;
      });
    }
  }

  /** CPU time charged to a run's operations, on each side. */
  private record CpuPerOperation(long jvmNanos, long postgresNanos, long requestNanos, long requestBytes,
      long operations) {
    CpuPerOperation plus(CpuPerOperation other) {
      return new CpuPerOperation(jvmNanos + other.jvmNanos, postgresNanos + other.postgresNanos,
          requestNanos + other.requestNanos, requestBytes + other.requestBytes, operations + other.operations);
    }

    double requestMicros() {
      return requestNanos / 1e3 / Math.max(1, operations);
    }

    double requestKilobytes() {
      return requestBytes / 1024.0 / Math.max(1, operations);
    }

    double jvmMicros() {
      return jvmNanos / 1e3 / Math.max(1, operations);
    }

    double postgresMicros() {
      return postgresNanos / 1e3 / Math.max(1, operations);
    }
  }

  private static void print(int workers, Duration warmUp, Duration measured, int rounds, String cpus,
      List<ClosedLoop.Result> rows,
      Map<String, CpuPerOperation> cpu) {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%nClosed loop, %d workers, at least %d s warm-up, %d s measured in %d interleaved "
        + "rounds, loopback; %s%n%n", workers, warmUp.toSeconds(), measured.toSeconds(), rounds, cpus));
    table.append(String.format(Locale.ROOT,
        "| %-36s | %10s | %6s | %12s | %8s | %8s | %8s | %11s | %10s | %13s | %13s |%n", "run", "operations",
        "errors", "throughput/s", "p50 ms", "p99 ms", "p999 ms", "JVM CPU us", "PG CPU us", "handler CPU us",
        "handler KiB"));
    table.append(String.format(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(38), "-".repeat(12),
        "-".repeat(8), "-".repeat(14), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(13),
        "-".repeat(12), "-".repeat(15), "-".repeat(15)));
    for (ClosedLoop.Result result : rows) {
      CpuPerOperation spent = cpu.get(result.name());
      table.append(String.format(Locale.ROOT,
          "| %-36s | %10d | %6d | %12.1f | %8.2f | %8.2f | %8.2f | %11.0f | %10.0f | %13.0f | %13.1f |%n",
          result.name(), result.operations(), result.errors(), result.throughput(), result.p50Nanos() / 1e6,
          result.p99Nanos() / 1e6, result.p999Nanos() / 1e6, spent.jvmMicros(), spent.postgresMicros(),
          spent.requestMicros(), spent.requestKilobytes()));
    }
    table.append("(Per operation: CPU of this JVM, load generator included; of the PostgreSQL processes; and CPU and "
        + "allocation of the server's request threads.)\n");
    table.append('\n');
    ClosedLoop.Result server = rows.get(0);
    for (ClosedLoop.Result baseline : rows.subList(1, Math.min(3, rows.size()))) {
      table.append(String.format(Locale.ROOT, "Server throughput / %s: %.0f%%%n", baseline.name(),
          100 * server.throughput() / baseline.throughput()));
    }
    System.out.println(table);
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
