package app.konqer.server;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.access.AccessHandover;
import app.konqer.server.access.UnlockNotifier;
import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.auth.DevTokenIssuer;
import app.konqer.server.auth.JwtTokenVerifier;
import app.konqer.server.auth.KeycloakClientSettings;
import app.konqer.server.auth.KeycloakRealm;
import app.konqer.server.auth.KeycloakTokenClient;
import app.konqer.server.auth.TokenVerifier;
import app.konqer.server.billing.BillingSetup;
import app.konqer.server.db.Database;
import app.konqer.server.db.EmbeddedDatabase;
import app.konqer.server.db.Migrations;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.email.EmailSender;
import app.konqer.server.email.LoggingEmailSender;
import app.konqer.server.email.OutboxWorker;
import app.konqer.server.email.SmtpEmailSender;
import app.konqer.server.enrichment.ProspectEnricher;
import app.konqer.server.generation.GenerationParts;
import app.konqer.server.generation.engine.LimitedGenerator;
import app.konqer.server.generation.engine.OpenAiEngine;
import app.konqer.server.generation.openai.OpenAiChatClient;
import app.konqer.server.generation.rules.ContractCheck;
import app.konqer.server.idempotency.IdempotencyStore;
import app.konqer.server.limits.ConcurrencyLimit;
import app.konqer.server.limits.ConcurrencySettings;
import app.konqer.server.operations.Metrics;
import com.squareup.moshi.Moshi;
import io.micrometer.core.instrument.Gauge;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.hibernate.validator.HibernateValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles the production server from its configuration: the token verifier, the database (embedded or external),
 * the schema, the pool, the validator, generation (OpenAI or offline) and the HTTP API. Whatever was started is stopped again if a later step fails.
 */
public final class ServerAssembly {
  /** The {@code iss} of dev tokens: fixed, so that a saved token outlives a change of port. */
  public static final String DEV_ISSUER = "konqer-dev";

  private static final Logger log = LoggerFactory.getLogger(ServerAssembly.class);
  private static final Duration JOBS_GRACE = Duration.ofSeconds(15);
  private static final int IDLE_UPSTREAM_CONNECTIONS = 512;

  private ServerAssembly() {}

  /**
   * Starts the server.
   *
   * @param config the configuration
   * @return the running server
   */
  public static KonqerServer start(ServerConfig config) {
    Clock clock = Clock.systemUTC();
    OkHttpClient http = upstreamHttp();
    Moshi moshi = KonqerJson.create();
    DevTokenIssuer devTokens = config.devAuth()
        ? DevTokenIssuer.persistent(config.dataDir().resolve(DevTokenIssuer.KEY_FILE_NAME), DEV_ISSUER,
            config.jwt().audience(), DevTokenIssuer.DEFAULT_TTL, clock)
        : null;
    TokenVerifier verifier = devTokens != null
        ? devTokens.verifier()
        : JwtTokenVerifier.forJwksUrl(config.jwt().jwksUrl(), config.jwt().issuer(), config.jwt().audience(), clock);
    KeycloakTokenClient keycloak = config.keycloak() == null ? null : new KeycloakTokenClient(
        KeycloakClientSettings.forRealm(
            KeycloakRealm.of(config.keycloak().url().toString(), config.keycloak().realm()),
            config.keycloak().clientId(), config.keycloak().clientSecret()),
        http, moshi);
    return start(config, verifier, new AuthRoutes(devTokens, keycloak), clock, http, moshi);
  }

  /**
   * Starts the server with a given token verifier and auth endpoints.
   *
   * @param config the configuration
   * @param verifier verifies bearer tokens
   * @param auth the {@code /auth/*} endpoints
   * @param clock the current time
   * @return the running server
   */
  public static KonqerServer start(ServerConfig config, TokenVerifier verifier, AuthRoutes auth, Clock clock) {
    return start(config, verifier, auth, clock, upstreamHttp(), KonqerJson.create());
  }

  private static KonqerServer start(ServerConfig config, TokenVerifier verifier, AuthRoutes auth, Clock clock,
      OkHttpClient http, Moshi moshi) {
    Deque<AutoCloseable> started = new ArrayDeque<>();
    // Built while the database starts: it takes a few hundred milliseconds of class loading.
    CompletableFuture<ValidatorFactory> validator = CompletableFuture.supplyAsync(ServerAssembly::validation);
    try {
      PoolSettings pool;
      if (config.embeddedDatabase()) {
        EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir());
        started.push(embedded);
        pool = new PoolSettings(embedded.jdbcUrl(), embedded.user(), null, config.dbPoolSize(),
            config.dbConnectTimeout());
      } else {
        ServerConfig.ExternalDatabase external = config.database();
        pool = new PoolSettings(external.url(), external.user(), external.password(), config.dbPoolSize(),
            config.dbConnectTimeout());
      }
      Metrics metrics = new Metrics();
      Database database = Database.connect(pool, metrics.registry());
      started.push(database);
      Migrations.migrate(pool);
      ValidatorFactory validation = validator.join();
      BillingSetup billing = BillingSetup.fromConfig(config.billing(), config.devAuth());
      ApiDependencies deps = new ApiDependencies(database, verifier, auth, clock, metrics,
          validation.getValidator(), ServerVersion.current(), config.maxBodyBytes(), config.shutdownGrace(),
          generation(config, database, validation.getValidator(), http, moshi, metrics), billing, config.limits());
      BackgroundJobs jobs = jobs(config, database, clock, moshi);
      started.push(jobs);
      List<AutoCloseable> owned = new ArrayList<>(started);
      owned.add(validation);
      log.info("Billing: {}; e-mail: {}", billing.mode(), config.smtp() == null ? "logged, not sent"
          : "SMTP via " + config.smtp().host() + ":" + config.smtp().port());
      log.info("Rate limits of this replica: per user {}, per IP {}; trusted proxies: {}", config.limits().perUser(),
          config.limits().perIp(), config.limits().proxies());
      return KonqerServer.start(KonqerApi.create(deps), config.port(), owned);
    } catch (RuntimeException e) {
      validator.thenAccept(ValidatorFactory::close);
      for (AutoCloseable resource : started) {
        try {
          resource.close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  /**
   * What generation is built from: OpenAI when a key is configured, otherwise the offline generator; Apollo
   * enrichment when its key is configured; the objection knowledge of the migrated database.
   */
  private static GenerationParts generation(ServerConfig config, Database database, Validator validator,
      OkHttpClient http, Moshi moshi, Metrics metrics) {
    GenerationParts parts = GenerationParts.offline(database.dataSource(), moshi)
        .withEnricher(ProspectEnricher.of(config.apollo(), http, moshi))
        .withCanvaTemplate(config.canvaTemplateUrl());
    if (config.openAi() == null) {
      log.info("Generating offline (model konqer-offline): set OPENAI_API_KEY to generate with OpenAI");
      return parts;
    }
    ConcurrencySettings concurrency = config.openAiConcurrency();
    log.info("Generating with OpenAI model {} at {}, at most {} at once", config.openAi().model(),
        config.openAi().baseUrl(), concurrency.maxInFlight());
    ConcurrencyLimit limit = new ConcurrencyLimit(concurrency);
    Gauge.builder("konqer.openai.in_flight", limit, ConcurrencyLimit::inFlight)
        .description("Generations calling OpenAI now").register(metrics.registry());
    Gauge.builder("konqer.openai.waiting", limit, ConcurrencyLimit::waiting)
        .description("Generations waiting for an OpenAI slot now").register(metrics.registry());
    return parts.withGenerator(new LimitedGenerator(new OpenAiEngine(
        new OpenAiChatClient(config.openAi(), http, moshi), new ContractCheck(validator), moshi), limit));
  }

  /**
   * The HTTP client of calls to Keycloak, OpenAI and Apollo; each derives its own timeouts from it. The calls are
   * synchronous, which OkHttp's dispatcher does not limit; its connection pool keeps up to
   * {@value #IDLE_UPSTREAM_CONNECTIONS} idle connections (OkHttp's default is 5), so that hundreds of generations
   * waiting on OpenAI at once reuse their connections instead of opening new ones after every answer.
   */
  private static OkHttpClient upstreamHttp() {
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(IDLE_UPSTREAM_CONNECTIONS, 5, TimeUnit.MINUTES))
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60))
        .build();
  }

  /**
   * The periodic jobs: e-mail delivery from the outbox every 5 seconds, unlock notifications every 30 seconds, the
   * handover of expired grants to a user's other subscriptions every minute, and the purge of expired idempotency
   * keys every hour.
   *
   * @param config the configuration
   * @param database the database
   * @param clock the current time
   * @param moshi a {@code KonqerJson} instance
   * @return the started jobs; they stop before the database closes
   */
  private static BackgroundJobs jobs(ServerConfig config, Database database, Clock clock, Moshi moshi) {
    EmailSender sender = config.smtp() == null ? new LoggingEmailSender() : SmtpEmailSender.create(config.smtp(), clock);
    OutboxWorker outbox = OutboxWorker.standard(database, sender, clock);
    UnlockNotifier unlocks = new UnlockNotifier(database, clock, 100);
    AccessHandover handover = new AccessHandover(database, clock, 100);
    IdempotencyStore idempotency = new IdempotencyStore(database, clock, moshi);
    return BackgroundJobs.start(List.of(
        new BackgroundJobs.Job("email-outbox", outbox::drain, Duration.ofSeconds(5)),
        new BackgroundJobs.Job("unlock-notifier", unlocks::drain, Duration.ofSeconds(30)),
        new BackgroundJobs.Job("access-handover", handover::runOnce, Duration.ofSeconds(60)),
        new BackgroundJobs.Job("idempotency-purge", idempotency::purgeExpired, Duration.ofHours(1))),
        JOBS_GRACE);
  }

  /**
   * The bean validator of request bodies, with English messages whatever the machine's locale.
   *
   * @return a new factory; close it on shutdown
   */
  public static ValidatorFactory validation() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(Locale.ENGLISH)
        .buildValidatorFactory();
  }
}
