package app.konqer.server.testing;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.ApiDependencies;
import app.konqer.server.KonqerApi;
import app.konqer.server.KonqerServer;
import app.konqer.server.ServerAssembly;
import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.auth.DevTokenIssuer;
import app.konqer.server.auth.JwtTokenVerifier;
import app.konqer.server.auth.TokenVerifier;
import app.konqer.server.billing.BillingSetup;
import app.konqer.server.db.Database;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.generation.GenerationParts;
import app.konqer.server.limits.LimitSettings;
import app.konqer.server.operations.Metrics;
import io.javalin.Javalin;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server for one test class: the production API on a free port, on a fresh database of its own (see
 * {@link TestPostgres}), with {@link TestTokens} and a {@link MutableClock}. Register it as a static
 * {@code @RegisterExtension} field.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {
  /** The time the clock starts at. */
  public static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  /** The Stripe webhook secret of the default billing setup (the dev checkout). */
  public static final String WEBHOOK_SECRET = "whsec_test_konqer";

  private final Function<ApiDependencies, Javalin> app;
  private final MutableClock clock = new MutableClock(START);
  private UnaryOperator<GenerationParts> generation = UnaryOperator.identity();
  private TestServer sharedDatabase;
  private String jdbcUrl;
  private final DevTokenIssuer devTokens = DevTokenIssuer.ephemeral(
      ServerAssembly.DEV_ISSUER, JwtTokenVerifier.DEFAULT_AUDIENCE, DevTokenIssuer.DEFAULT_TTL, clock);
  private TokenVerifier verifier = TestTokens.orElse(devTokens.verifier());
  private Duration connectTimeout = Duration.ofSeconds(2);
  private int poolSize = 5;
  private BillingSetup billing = BillingSetup.dev(WEBHOOK_SECRET, null);
  private LimitSettings limits = LimitSettings.OFF;
  private String ownDatabaseUrl;
  private String ownDatabaseUser;
  private UnaryOperator<String> connectVia = UnaryOperator.identity();
  private Database database;
  private KonqerServer server;
  private Http http;

  private TestServer(Function<ApiDependencies, Javalin> app) {
    this.app = app;
  }

  /** @return a server running the production API */
  public static TestServer api() {
    return new TestServer(KonqerApi::create);
  }

  /**
   * A server running another app, typically the production pipeline with test routes.
   *
   * @param app builds the app
   * @return the server
   */
  public static TestServer app(Function<ApiDependencies, Javalin> app) {
    return new TestServer(app);
  }

  /**
   * Uses another token verifier.
   *
   * @param tokens the verifier
   * @return this
   */
  public TestServer verifier(TokenVerifier tokens) {
    this.verifier = tokens;
    return this;
  }

  /**
   * Changes what generation is built from; the default is the offline generator without enrichment.
   *
   * @param customize derives the parts to use from the default ones
   * @return this
   */
  public TestServer generation(UnaryOperator<GenerationParts> customize) {
    this.generation = customize;
    return this;
  }

  /**
   * Runs on another server's database, with a pool of its own, as a second server process would. Start it after
   * the other server.
   *
   * @param other the server whose database to share
   * @return this
   */
  public TestServer sharingDatabaseWith(TestServer other) {
    this.sharedDatabase = other;
    return this;
  }

  /**
   * Sizes the connection pool, for tests that load the server with many concurrent requests.
   *
   * @param size the most connections
   * @param timeout how long a request waits for one before it answers 503
   * @return this
   */
  public TestServer pool(int size, Duration timeout) {
    this.poolSize = size;
    this.connectTimeout = timeout;
    return this;
  }

  /**
   * Uses another billing setup than the dev checkout, such as Stripe at a local server.
   *
   * @param setup the setup
   * @return this
   */
  public TestServer billing(BillingSetup setup) {
    this.billing = setup;
    return this;
  }

  /**
   * Turns on request rate limits; they are off unless a test asks for them.
   *
   * @param settings the limits
   * @return this
   */
  public TestServer limits(LimitSettings settings) {
    this.limits = settings;
    return this;
  }

  /**
   * Runs on a migrated database the test owns, instead of one in the JVM's shared {@link TestPostgres}.
   *
   * @param jdbcUrl its JDBC URL
   * @param user its user
   * @return this
   */
  public TestServer database(String jdbcUrl, String user) {
    this.ownDatabaseUrl = jdbcUrl;
    this.ownDatabaseUser = user;
    return this;
  }

  /**
   * Connects the server's pool through another JDBC URL derived from the database's, such as that of a driver
   * that wraps PostgreSQL's to inject faults.
   *
   * @param rewrite derives the URL the pool connects with from the database's PostgreSQL URL
   * @return this
   */
  public TestServer connectVia(UnaryOperator<String> rewrite) {
    this.connectVia = rewrite;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** Starts the server on a fresh database. */
  public void start() {
    Metrics metrics = new Metrics();
    String user;
    if (ownDatabaseUrl != null) {
      jdbcUrl = ownDatabaseUrl;
      user = ownDatabaseUser;
    } else {
      TestPostgres postgres = TestPostgres.shared();
      jdbcUrl = sharedDatabase != null ? sharedDatabase.jdbcUrl : postgres.newDatabase();
      user = postgres.user();
    }
    database = Database.connect(new PoolSettings(connectVia.apply(jdbcUrl), user, null, poolSize, connectTimeout),
        metrics.registry());
    ValidatorFactory validation = ServerAssembly.validation();
    GenerationParts parts = generation.apply(GenerationParts.offline(database.dataSource(), KonqerJson.create()));
    ApiDependencies deps = new ApiDependencies(database, verifier, new AuthRoutes(devTokens, null), clock, metrics,
        validation.getValidator(), "test", 64 * 1024, Duration.ofSeconds(10), parts, billing, limits);
    server = KonqerServer.start(app.apply(deps), 0, List.of(database, validation));
    http = new Http(server.url());
  }

  /** Stops the server and closes its pool. */
  public void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** @return a client for the server */
  public Http http() {
    return http;
  }

  /** @return the server */
  public KonqerServer server() {
    return server;
  }

  /** @return the server's database, to seed and inspect rows */
  public Database database() {
    return database;
  }

  /** @return the dev token issuer whose tokens this server accepts, as in dev mode */
  public DevTokenIssuer devTokens() {
    return devTokens;
  }

  /** @return the server's clock */
  public MutableClock clock() {
    return clock;
  }
}
