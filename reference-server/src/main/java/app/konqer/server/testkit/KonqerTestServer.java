package app.konqer.server.testkit;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.db.SqlWork;
import app.konqer.server.quota.QuotaDay;
import io.javalin.config.JavalinConfig;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The real Konqer reference server, in your test's JVM: the production HTTP API with its quota, access rules,
 * idempotency and billing, on an embedded PostgreSQL, with the offline generator and dev-mode RS256 tokens. No
 * network, no setup, no stubs: what your code sees is what production answers.
 *
 * <p>Register it as a JUnit 5 extension (one server for the test class), or use it as a plain
 * {@link AutoCloseable}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static KonqerTestServer konqer = KonqerTestServer.create();
 *
 * @Test
 * void retriesARateLimitedGeneration() {
 *   TestUser dana = konqer.user("dana@example.com").plan(Plan.FOUNDING).create();
 *   konqer.failNext(1, 429);
 *   Generation<ColdDmOutput> dm = KonqerServices.of(konqer.clientFor(dana)).coldDm().generate(input);
 *   assertThat(konqer.requests()).hasSize(2);
 * }
 * }</pre>
 *
 * <p>Users are minted straight into the server's database through its own repositories and purchase code
 * ({@link #user(String)}); faults ({@link #failNext}, {@link #latency}, {@link #lock}, {@link #exhaustQuota}) and
 * request recording ({@link #requests()}, {@link #takeRequest()}) are installed only by this class, never in the
 * production assembly. As an extension it switches the faults off and forgets recorded requests before each test;
 * the data (users, generations, quota) stays for the whole class. Background jobs (e-mail delivery, unlock
 * notices) do not run, and the clock ({@link #clock()}) runs from the server's start and jumps when the test moves
 * it.
 *
 * <p>All servers of a JVM share one embedded PostgreSQL, each on a fresh database of its own; the first start of a
 * JVM takes a few seconds, every later one milliseconds.
 */
public final class KonqerTestServer
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver,
    AutoCloseable {
  /** How long {@link #takeRequest()} waits for a request. */
  public static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(10);

  private final TestClock clock;
  private final FaultSwitches faults = new FaultSwitches();
  private final RequestRecorder recorder = new RequestRecorder();
  private final List<KonqerClient> clients = new CopyOnWriteArrayList<>();
  private RunningServer running;
  private boolean startedForClass;
  private boolean closed;

  private KonqerTestServer(Instant start) {
    this.clock = new TestClock(start);
  }

  /**
   * A server whose clock shows the current time. It starts with the test class, or on {@link #start()}.
   *
   * @return the server, not started
   */
  public static KonqerTestServer create() {
    return new KonqerTestServer(Instant.now());
  }

  /**
   * A server whose clock starts at a given time, for tests that assert dates.
   *
   * @param clockStart the time the server's clock shows when it is created; it runs on from there
   * @return the server, not started
   */
  public static KonqerTestServer create(Instant clockStart) {
    return new KonqerTestServer(Objects.requireNonNull(clockStart, "clockStart"));
  }

  /**
   * Starts the server, if it is not running yet: a fresh database and the HTTP API on a free port.
   *
   * @return this
   */
  public synchronized KonqerTestServer start() {
    if (closed) {
      throw new IllegalStateException("This test server was closed; create another");
    }
    if (running == null) {
      running = RunningServer.start(clock, this::install);
    }
    return this;
  }

  /** Adds the recording and the fault switches to the pipeline: the only place they are installed. */
  private void install(JavalinConfig config) {
    config.routes.before(recorder::arrive);
    config.routes.before(faults::apply);
    config.routes.after(recorder::complete);
    config.jetty.modifyServer(server -> server.insertHandler(new LatencyHandler(faults::latency)));
  }

  /** @return the server's base URL, such as {@code http://localhost:41234}, to configure your code with */
  public String baseUrl() {
    return running().server().url().toString();
  }

  /** @return the port the server listens on */
  public int port() {
    return running().server().port();
  }

  /**
   * Starts minting a user, stored when {@link TestUserBuilder#create()} is called.
   *
   * @param email the user's e-mail address; the same address is the same user, as in dev mode
   * @return the builder
   */
  public TestUserBuilder user(String email) {
    return new TestUserBuilder(this, email);
  }

  TestUser createUser(TestUserBuilder spec) {
    RunningServer server = running();
    return UserSeeds.create(server.database(), server.issuer(), clock, spec);
  }

  /**
   * A client without credentials, for the public routes ({@code /services}, {@code /billing/plans},
   * {@code /auth/dev-token}). Closed with the server.
   *
   * @return the client
   */
  public KonqerClient client() {
    return track(KonqerClient.builder().baseUrl(baseUrl()).build());
  }

  /**
   * A client signed in as a user, with the SDK's defaults (retries, backoff, {@code Retry-After}). Closed with the
   * server.
   *
   * @param user the user
   * @return the client
   */
  public KonqerClient clientFor(TestUser user) {
    return clientFor(user, builder -> {});
  }

  /**
   * A client signed in as a user, with settings of your own, such as a fake sleeper that records the waits instead
   * of waiting. Closed with the server.
   *
   * @param user the user
   * @param settings changes to the client's builder; the base URL and credentials are set already
   * @return the client
   */
  public KonqerClient clientFor(TestUser user, Consumer<KonqerClient.Builder> settings) {
    KonqerClient.Builder builder = KonqerClient.builder().baseUrl(baseUrl()).tokenProvider(user.tokenProvider());
    settings.accept(builder);
    return track(builder.build());
  }

  private KonqerClient track(KonqerClient client) {
    clients.add(client);
    return client;
  }

  /**
   * Answers the next requests with an error instead of serving them, with {@code Retry-After: 0}: the problem the
   * server writes for that status, such as {@code 429 too_many_requests} or {@code 503 service_unavailable}. The
   * failures are queued: each answers one request, whatever its route, before authentication, so the failed
   * request has no effect.
   *
   * <p>Mind OkHttp: it repeats a request answered {@code 503} with {@code Retry-After: 0} once by itself, before
   * the SDK sees the answer, so each SDK attempt then takes two 503 failures. To count the SDK's attempts exactly,
   * fail with 429, 500, 502 or 504, or give a 503 a wait ({@link #failNext(int, int, Duration)}) and the client a
   * sleeper that records the waits instead of sleeping.
   *
   * @param times how many requests to fail
   * @param status the status, 400 to 599
   */
  public void failNext(int times, int status) {
    failNext(times, status, Duration.ZERO);
  }

  /**
   * Answers the next requests with an error, asking the client to wait before it retries.
   *
   * @param times how many requests to fail
   * @param status the status, 400 to 599
   * @param retryAfter the {@code Retry-After} to send, in whole seconds, or {@code null} to send none
   */
  public void failNext(int times, int status, Duration retryAfter) {
    faults.failNext(times, new InjectedFault(status, retryAfter));
  }

  /**
   * Delays every response from now on, at the HTTP layer before the API sees the request. The request waits on
   * Jetty's scheduler, holding no thread; your client's timeouts see a slow server.
   *
   * @param delay the delay; {@link Duration#ZERO} for none
   */
  public void latency(Duration delay) {
    faults.latency(delay);
  }

  /**
   * Closes a service to a user for good, as an ended subscription does: generation answers 403
   * {@code service_locked} (the SDK's {@code ServiceLockedException}) without an unlock date.
   *
   * @param user the user
   * @param service the service
   */
  public void lock(TestUser user, ServiceId service) {
    write(connection -> {
      AccessSeeds.lock(connection, user.id(), service, clock.instant());
      return null;
    });
  }

  /**
   * Closes a service to a user until a time, as the founding plan's rolling unlock does: generation answers 403
   * {@code service_locked} with {@code unlocks_at}, and the service opens when the {@linkplain #clock() clock}
   * gets there.
   *
   * @param user the user
   * @param service the service
   * @param unlocksAt when it opens; after the server's current time
   */
  public void lockUntil(TestUser user, ServiceId service, Instant unlocksAt) {
    write(connection -> {
      AccessSeeds.lockUntil(connection, user.id(), service, unlocksAt, clock.instant());
      return null;
    });
  }

  /**
   * Opens a service to a user now, whatever their plan says.
   *
   * @param user the user
   * @param service the service
   */
  public void unlock(TestUser user, ServiceId service) {
    write(connection -> {
      AccessSeeds.unlock(connection, user.id(), service, clock.instant());
      return null;
    });
  }

  /**
   * Uses up a user's quota of a service for today (the server's UTC day): the next generation answers 429
   * {@code daily_limit_exceeded} (the SDK's {@code RateLimitException}) with {@code Retry-After} until midnight UTC
   * and the quota figures.
   *
   * @param user the user
   * @param service the service
   */
  public void exhaustQuota(TestUser user, ServiceId service) {
    write(connection -> {
      QuotaSeeds.exhaust(connection, user.id(), service, today());
      return null;
    });
  }

  /**
   * Sets how many generations of a service count against a user's quota today.
   *
   * @param user the user
   * @param service the service
   * @param used the count
   */
  public void setQuotaUsed(TestUser user, ServiceId service, int used) {
    if (used < 0) {
      throw new IllegalArgumentException("Used quota cannot be negative: " + used);
    }
    write(connection -> {
      QuotaSeeds.setUsed(connection, user.id(), service, today(), used);
      return null;
    });
  }

  /**
   * How many generations of a service count against a user's quota today, read from the database.
   *
   * @param user the user
   * @param service the service
   * @return the count
   */
  public int quotaUsed(TestUser user, ServiceId service) {
    return running().database().query(connection -> QuotaSeeds.used(connection, user.id(), service, today()));
  }

  /**
   * How many generations the server has stored for a user, read from the database: a retried or replayed request
   * that was charged once counts once.
   *
   * @param user the user
   * @return the count
   */
  public long generationCount(TestUser user) {
    return running().database().query(connection -> {
      try (PreparedStatement count = connection.prepareStatement(
          "SELECT count(*) FROM generations WHERE user_id = ?")) {
        count.setObject(1, user.id());
        try (ResultSet row = count.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  /**
   * Every request answered since the start or the last {@link #reset()}, in the order they completed.
   *
   * @return the requests
   */
  public List<RecordedRequest> requests() {
    return recorder.all();
  }

  /**
   * The oldest request not taken yet, waiting up to {@link #DEFAULT_TAKE_TIMEOUT} for one, as OkHttp's
   * MockWebServer does.
   *
   * @return the request
   * @throws AssertionError when none arrives in time
   */
  public RecordedRequest takeRequest() {
    return takeRequest(DEFAULT_TAKE_TIMEOUT);
  }

  /**
   * The oldest request not taken yet, waiting for one.
   *
   * @param timeout how long to wait
   * @return the request
   * @throws AssertionError when none arrives in time
   */
  public RecordedRequest takeRequest(Duration timeout) {
    return recorder.take(timeout);
  }

  /** Switches every fault off (queued failures, latency) and forgets the recorded requests. Data stays. */
  public void reset() {
    faults.clear();
    recorder.clear();
  }

  /**
   * The server's clock: quota days, rolling unlocks, token lifetimes, creation times. It runs like the wall clock
   * and jumps forward when the test {@linkplain TestClock#advance(Duration) advances} it.
   *
   * @return the clock
   */
  public TestClock clock() {
    return clock;
  }

  /** @return the server's database, for assertions this class has no method for */
  public DataSource dataSource() {
    return running().database().dataSource();
  }

  /** Stops the server, closes the clients it handed out and drops nothing else: the shared PostgreSQL stays up. */
  @Override
  public synchronized void close() {
    closed = true;
    for (KonqerClient client : clients) {
      client.close();
    }
    clients.clear();
    if (running != null) {
      running.server().close();
      running = null;
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
    startedForClass = true;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** Starts the server for a non-static field, and gives every test a clean slate of faults and recordings. */
  @Override
  public void beforeEach(ExtensionContext context) {
    start();
    reset();
  }

  /** Stops a server registered on a non-static field, which lives for one test. */
  @Override
  public void afterEach(ExtensionContext context) {
    if (!startedForClass) {
      close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KonqerTestServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return start();
  }

  @Override
  public String toString() {
    RunningServer server = running;
    return "KonqerTestServer[" + (server == null ? "not running" : server.server().url()) + "]";
  }

  private synchronized RunningServer running() {
    if (running == null) {
      throw new IllegalStateException(closed ? "The Konqer test server is closed"
          : "The Konqer test server is not started: register it as an extension or call start()");
    }
    return running;
  }

  private <T> T write(SqlWork<T> work) {
    return running().database().transaction(work);
  }

  private LocalDate today() {
    return QuotaDay.of(clock.instant()).day();
  }

}
