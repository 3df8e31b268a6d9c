package app.konqer.server.outage;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.BackgroundJobs;
import app.konqer.server.access.UnlockNotifier;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.email.EmailMessage;
import app.konqer.server.email.Outbox;
import app.konqer.server.email.OutboxWorker;
import app.konqer.server.outage.Outcome.Operation;
import app.konqer.server.outage.Outcome.Phase;
import app.konqer.server.testing.Http;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.SampleInputs;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suite 5, the database outage: PostgreSQL stops under load and starts again. While it is down, requests answer 503
 * {@code database_unavailable} with {@code Retry-After} within the pool's connection timeout, {@code /health}
 * answers 503 with the database {@code down}, and the background jobs fail their runs without dying. When it is back,
 * the server recovers by itself: requests succeed, {@code /health} is 200 again, and the jobs deliver. Every
 * generation a client saw acknowledged is in the database.
 *
 * <p>Event-driven: the outage lasts until the 503s are seen (and at least {@code -Doutage.seconds}); the recovery
 * until the 200s are back. The test owns its PostgreSQL, so it runs in a JVM of its own (surefire execution
 * {@code database-outage}); its figures go to {@code target/database-outage.txt}.
 */
@Tag("database-outage")
class DatabaseOutageTest {
  private static final int CLIENTS = 6;
  private static final int ENOUGH = 12;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  /** A request unanswered after this long counts as hung: far beyond the connection timeout. */
  private static final Duration HUNG = Duration.ofSeconds(15);
  private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration JOB_EVERY = Duration.ofMillis(50);

  @TempDir
  static Path dataDir;

  private static OwnedPostgres postgres;
  private static TestServer server;

  @BeforeAll
  static void start() {
    postgres = OwnedPostgres.startMigrated(dataDir.resolve("postgres"));
    server = TestServer.api().database(postgres.jdbcUrl(), OwnedPostgres.USER).pool(5, CONNECT_TIMEOUT);
    server.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void requestsAnswer503WhileTheDatabaseIsDownAndTheServerRecoversByItself() throws Exception {
    Duration hold = Duration.ofSeconds(Long.getLong("outage.seconds", 0));
    Database database = server.database();
    database.query(c -> c.createStatement().executeUpdate("UPDATE service_configs SET rate_limit_daily = 1000000"));
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      tokens.add(TestTokens.user("outage-client-" + i));
      grantEverything(signIn(tokens.get(i)));
    }
    Progress progress = new Progress();
    Instant due = server.clock().instant().plus(Duration.ofHours(1));
    UUID waitingForUnlock = signIn(TestTokens.user("outage-unlock"));
    scheduleUnlock(waitingForUnlock, due);
    database.query(c -> Outbox.enqueue(c, new EmailMessage("outage-check", "ops@example.com", "After the outage",
        "Delivered once the database is back."), "outage-check", due));
    Map<String, EmailMessage> delivered = new ConcurrentHashMap<>();
    JobRuns outboxRuns = new JobRuns(OutboxWorker.standard(database, (id, message) -> {
      delivered.put(message.kind(), message);
      progress.report();
    }, server.clock())::drain, progress);
    JobRuns unlockRuns = new JobRuns(new UnlockNotifier(database, server.clock(), 100)::drain, progress);
    BackgroundJobs jobs = BackgroundJobs.start(List.of(new BackgroundJobs.Job("email-outbox", outboxRuns, JOB_EVERY),
        new BackgroundJobs.Job("unlock-notifier", unlockRuns, JOB_EVERY)), Duration.ofSeconds(10));

    AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
    String body = KonqerJson.create().adapter(ServiceDefinitions.BATTLECARDS.inputType())
        .toJson(SampleInputs.of(ServiceDefinitions.BATTLECARDS));
    Load load = new Load(server.server().url(), tokens, ServiceId.BATTLECARDS.id(), body, phase, progress, HUNG);
    Instant stopped;
    Instant restarted;
    Duration outage;
    try {
      progress.awaitUntil("generations succeed before the outage",
          () -> load.count(o -> o.phase() == Phase.BEFORE && o.operation() == Operation.GENERATE
              && o.status() == 200) >= ENOUGH, PHASE_TIMEOUT);

      phase.set(Phase.OUTAGE);
      stopped = Instant.now();
      postgres.stop();
      int failedRunsBefore = outboxRuns.failures();
      progress.awaitUntil("requests get 503s, /health says the database is down and the jobs fail their runs",
          () -> load.count(o -> o.phase() == Phase.OUTAGE && o.status() == 503
                  && o.operation() == Operation.GENERATE) >= ENOUGH
              && load.count(o -> o.phase() == Phase.OUTAGE && o.operation() == Operation.HEALTH
                  && o.status() == 503 && "down".equals(o.database())) >= 1
              && outboxRuns.failures() > failedRunsBefore && unlockRuns.failures() > 0
              && !Instant.now().isBefore(stopped.plus(hold)), PHASE_TIMEOUT.plus(hold));

      postgres.start();
      restarted = Instant.now();
      outage = Duration.between(stopped, restarted);
      phase.set(Phase.AFTER);
      server.clock().advance(Duration.ofHours(1).plusSeconds(1));
      progress.awaitUntil("generations succeed again, /health is up and the jobs deliver what fell due",
          () -> load.count(o -> o.phase() == Phase.AFTER && o.operation() == Operation.GENERATE
                  && o.status() == 200) >= ENOUGH
              && load.count(o -> o.phase() == Phase.AFTER && o.operation() == Operation.HEALTH
                  && o.status() == 200 && "up".equals(o.database())) >= 1
              && delivered.containsKey("outage-check") && delivered.size() >= 2, PHASE_TIMEOUT);
    } finally {
      load.close();
      jobs.close();
    }

    List<Outcome> outcomes = load.outcomes();
    List<Outcome> failed = outcomes.stream().filter(o -> o.status() != 200).toList();
    assertThat(failed).as("every failure is a 503 database_unavailable with Retry-After")
        .allSatisfy(o -> {
          assertThat(o.status()).as(o.toString()).isEqualTo(503);
          assertThat(o.operation() == Operation.HEALTH ? "down" : o.code()).as(o.toString())
              .isIn("database_unavailable", "down");
          assertThat(o.retryAfter()).as(o.toString()).isEqualTo("5");
        });
    assertThat(outcomes).as("no request outlived the connection timeout by much, none hung")
        .allSatisfy(o -> assertThat(o.millis()).as(o.toString()).isLessThan(HUNG.toMillis()));

    List<String> acknowledged = outcomes.stream().filter(o -> o.generationId() != null)
        .map(Outcome::generationId).toList();
    assertThat(storedAmong(acknowledged)).as("every acknowledged generation is stored").isEqualTo(acknowledged.size());
    assertThat(delivered.get("outage-check").subject()).isEqualTo("After the outage");
    assertThat(unlockAnnounced(waitingForUnlock)).as("the unlock that fell due was announced once").isEqualTo(1);

    long stored = count("SELECT count(*) FROM generations");
    long charged = count("SELECT COALESCE(SUM(used), 0) FROM quota_usage");
    long refusedGenerations = failed.stream().filter(o -> o.operation() == Operation.GENERATE).count();
    assertThat(charged).as("units charged without a generation: requests cut off by the outage").isBetween(stored,
        stored + refusedGenerations);
    Map<String, Long> retries = retryRefused(failed, tokens);
    report(outcomes, outage, stored, charged, retries, outboxRuns, unlockRuns);
  }

  /** Sends some requests refused during the outage again with their keys; counts what they answer now. */
  private static Map<String, Long> retryRefused(List<Outcome> failed, List<String> tokens) {
    Http http = server.http();
    String body = KonqerJson.create().adapter(ServiceDefinitions.BATTLECARDS.inputType())
        .toJson(SampleInputs.of(ServiceDefinitions.BATTLECARDS));
    Map<String, Long> answers = new TreeMap<>();
    failed.stream().filter(o -> o.operation() == Operation.GENERATE).limit(40).forEach(o -> {
      String token = tokens.get(Integer.parseInt(o.idempotencyKey().split("-")[1]));
      Reply reply = http.send(http.request("/services/battlecards/generate")
          .header("Authorization", "Bearer " + token)
          .header("Idempotency-Key", o.idempotencyKey())
          .post(okhttp3.RequestBody.create(body, okhttp3.MediaType.get("application/json"))));
      String answer = reply.status() + (reply.status() >= 400 ? " " + reply.problem().code()
          : "true".equals(reply.header("Idempotent-Replayed")) ? " replayed" : "");
      answers.merge(answer, 1L, Long::sum);
    });
    return answers;
  }

  private static void report(List<Outcome> outcomes, Duration outage, long stored, long charged,
      Map<String, Long> retries, JobRuns outboxRuns, JobRuns unlockRuns) throws IOException {
    StringBuilder table = new StringBuilder()
        .append("Database outage: ").append(CLIENTS).append(" closed-loop clients, pool connection timeout ")
        .append(CONNECT_TIMEOUT.toMillis()).append(" ms, PostgreSQL down for ").append(outage.toMillis())
        .append(" ms\n\n| phase | requests | 200 | 503 | other | max latency of a 503 (ms) |\n|---|---|---|---|---|---|\n");
    for (Phase phase : Phase.values()) {
      List<Outcome> in = outcomes.stream().filter(o -> o.phase() == phase).toList();
      long ok = in.stream().filter(o -> o.status() == 200).count();
      long unavailable = in.stream().filter(o -> o.status() == 503).count();
      long slowest = in.stream().filter(o -> o.status() == 503).mapToLong(Outcome::millis).max().orElse(0);
      table.append("| ").append(phase.name().toLowerCase()).append(" | ").append(in.size()).append(" | ")
          .append(ok).append(" | ").append(unavailable).append(" | ").append(in.size() - ok - unavailable)
          .append(" | ").append(slowest).append(" |\n");
    }
    long acknowledged = outcomes.stream().filter(o -> o.generationId() != null).count();
    table.append("\n| figure | value |\n|---|---|\n")
        .append("| generations acknowledged (200) | ").append(acknowledged).append(" |\n")
        .append("| of them stored | ").append(acknowledged).append(" (all, checked by id) |\n")
        .append("| generations stored in all | ").append(stored).append(" |\n")
        .append("| quota units charged | ").append(charged).append(" (").append(charged - stored)
        .append(" for requests cut off mid-flight, whose refund could not reach the database) |\n")
        .append("| outbox runs failed / succeeded | ").append(outboxRuns.failures()).append(" / ")
        .append(outboxRuns.successes()).append(" |\n")
        .append("| unlock runs failed / succeeded | ").append(unlockRuns.failures()).append(" / ")
        .append(unlockRuns.successes()).append(" |\n")
        .append("| refused generations retried with their key after recovery | ")
        .append(retries.entrySet().stream().map(e -> e.getValue() + "x " + e.getKey())
            .collect(Collectors.joining(", "))).append(" |\n");
    Files.writeString(Path.of("target", "database-outage.txt"), table);
    System.out.print(table);
  }

  private static UUID signIn(String token) {
    return server.http().get("/user/me", token).json(UserProfile.class).id();
  }

  private static void grantEverything(UUID user) {
    server.database().query(connection -> {
      try (PreparedStatement grant = connection.prepareStatement("""
          INSERT INTO service_access (user_id, service, unlocked_at, locked)
          SELECT ?, service, '1970-01-01T00:00:00Z', false FROM service_configs""")) {
        grant.setObject(1, user);
        return grant.executeUpdate();
      }
    });
  }

  private static void scheduleUnlock(UUID user, Instant at) {
    server.database().query(connection -> {
      try (PreparedStatement grant = connection.prepareStatement("""
          INSERT INTO service_access (user_id, service, unlocked_at, locked, notify_on_unlock)
          VALUES (?, 'battlecards', ?, false, true)""")) {
        grant.setObject(1, user);
        Rows.setInstant(grant, 2, at);
        return grant.executeUpdate();
      }
    });
  }

  private static long unlockAnnounced(UUID user) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT count(*) FROM events WHERE user_id = ? AND event_type = ?")) {
        select.setObject(1, user);
        select.setString(2, UnlockNotifier.EVENT_TYPE);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  private static long storedAmong(List<String> ids) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT count(*) FROM generations WHERE id = ANY (?)")) {
        Array array = connection.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
        select.setArray(1, array);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  private static long count(String sql) {
    return server.database().query(connection -> {
      try (ResultSet row = connection.createStatement().executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  /** A job's runs, counted as they succeed or fail; each run is reported. */
  static final class JobRuns implements Runnable {
    private final Runnable job;
    private final Progress progress;
    private final AtomicInteger successes = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    JobRuns(IntSupplier job, Progress progress) {
      this.job = job::getAsInt;
      this.progress = progress;
    }

    @Override
    public void run() {
      try {
        job.run();
        successes.incrementAndGet();
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        throw e;
      } finally {
        progress.report();
      }
    }

    int successes() {
      return successes.get();
    }

    int failures() {
      return failures.get();
    }
  }
}
