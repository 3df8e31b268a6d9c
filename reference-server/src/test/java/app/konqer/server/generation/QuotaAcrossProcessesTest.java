package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.ServerAssembly;
import app.konqer.server.auth.DevTokenIssuer;
import app.konqer.server.auth.JwtTokenVerifier;
import app.konqer.server.db.Database;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.operations.Metrics;
import app.konqer.server.testing.Http;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.ServerProcess;
import app.konqer.server.testing.TestPostgres;
import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily quota across replicas, for real: two server processes ({@code app.konqer.server.Main} in JVMs of their
 * own, configured by environment variables alone) on one PostgreSQL database. The quota lives in the database, so
 * 200 concurrent calls at a limit of 100, split between the two, get exactly 100 generations and 100 refusals.
 * {@link QuotaRaceTest} does the same with two servers in this JVM.
 */
class QuotaAcrossProcessesTest {
  private static final int LIMIT = 100;
  private static final int CALLS = 200;
  private static final Duration START_BOUND = Duration.ofSeconds(90);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String BODY = ServiceSamples.json(ServiceDefinitions.BATTLECARDS);

  @TempDir
  static Path dataDir;

  private static Database database;
  private static DevTokenIssuer tokens;
  private static final List<ServerProcess> processes = new ArrayList<>();
  private static final List<Http> replicas = new ArrayList<>();

  @BeforeAll
  static void startTwoServerProcesses() throws Exception {
    TestPostgres postgres = TestPostgres.shared();
    String jdbcUrl = postgres.newDatabase();
    database = Database.connect(new PoolSettings(jdbcUrl, postgres.user(), null, 2, Duration.ofSeconds(10)),
        new Metrics().registry());
    // Both processes load this key file, so a token minted here is valid on either, as with one real issuer.
    tokens = DevTokenIssuer.persistent(dataDir.resolve(DevTokenIssuer.KEY_FILE_NAME), ServerAssembly.DEV_ISSUER,
        JwtTokenVerifier.DEFAULT_AUDIENCE, DevTokenIssuer.DEFAULT_TTL, Clock.systemUTC());
    Map<String, String> env = Map.of(
        "PORT", "0",
        "KONQER_DATABASE_URL", jdbcUrl,
        "KONQER_DATABASE_USER", postgres.user(),
        "KONQER_DATA_DIR", dataDir.toString(),
        "KONQER_DEV_AUTH", "true",
        "KONQER_DB_POOL_SIZE", "10",
        "KONQER_DB_CONNECT_TIMEOUT_MS", "20000");
    try {
      processes.add(ServerProcess.launch("replica-a", env));
      processes.add(ServerProcess.launch("replica-b", env));
      for (ServerProcess process : processes) {
        URI url = process.awaitReady(START_BOUND);
        replicas.add(new Http(url));
      }
    } catch (RuntimeException | InterruptedException e) {
      stopTheProcesses();
      throw e;
    }
  }

  @AfterAll
  static void stopTheProcesses() {
    processes.forEach(ServerProcess::close);
    if (database != null) {
      database.close();
    }
  }

  @Test
  void twoHundredConcurrentCallsSplitBetweenTwoProcessesGetExactlyAHundredGenerations() throws Exception {
    assertThat(replicas).allSatisfy(replica -> assertThat(replica.get("/health").status()).isEqualTo(200));
    String token = tokens.issue(new DevTokenRequest("race@replicas.example", "Race", List.of())).accessToken();
    UUID user = replicas.get(0).get("/user/me", token).json(UserProfile.class).id();
    seed(user);

    Map<Integer, Long> statuses = race(i -> replicas.get(i % 2).send(replicas.get(i % 2)
        .request("/services/battlecards/generate")
        .header("Authorization", "Bearer " + token)
        .post(RequestBody.create(BODY, JSON))));

    assertThat(statuses).containsOnly(Map.entry(200, (long) LIMIT), Map.entry(429, (long) (CALLS - LIMIT)));
    assertThat(count("SELECT COALESCE(SUM(used), 0) FROM quota_usage WHERE user_id = ? AND service = 'battlecards'",
        user)).isEqualTo(LIMIT);
    assertThat(count("SELECT count(*) FROM generations WHERE user_id = ?", user)).isEqualTo(LIMIT);
  }

  private static void seed(UUID user) {
    database.query(connection -> {
      try (PreparedStatement grant = connection.prepareStatement(
          "INSERT INTO service_access (user_id, service, unlocked_at, locked) VALUES (?, ?, now(), false)");
          PreparedStatement limit = connection.prepareStatement(
              "UPDATE service_configs SET enabled = true, rate_limit_daily = ? WHERE service = ?")) {
        grant.setObject(1, user);
        grant.setString(2, ServiceId.BATTLECARDS.id());
        grant.executeUpdate();
        limit.setInt(1, LIMIT);
        limit.setString(2, ServiceId.BATTLECARDS.id());
        return limit.executeUpdate();
      }
    });
  }

  private static int count(String sql, UUID user) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setObject(1, user);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getInt(1);
        }
      }
    });
  }

  /** Runs the calls at once, released together by one latch, and counts the statuses. */
  private static Map<Integer, Long> race(java.util.function.IntFunction<Reply> call) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(CALLS);
    try {
      CountDownLatch ready = new CountDownLatch(CALLS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        int index = i;
        replies.add(callers.submit(() -> {
          ready.countDown();
          go.await();
          return call.apply(index);
        }));
      }
      ready.await();
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        statuses.add(reply.get(60, TimeUnit.SECONDS).status());
      }
      return statuses.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
    } finally {
      callers.shutdownNow();
    }
  }
}
