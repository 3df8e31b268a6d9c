package app.konqer.server;

import app.konqer.server.auth.TokenVerifier;
import app.konqer.server.db.Database;
import app.konqer.server.db.EmbeddedDatabase;
import app.konqer.server.db.Migrations;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.operations.Metrics;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.hibernate.validator.HibernateValidator;

/**
 * Assembles the production server from its configuration: the token verifier, the database (embedded or external),
 * the schema, the pool, the validator and the HTTP API. Whatever was started is stopped again if a later step fails.
 */
public final class ServerAssembly {
  private ServerAssembly() {}

  /**
   * Starts the server.
   *
   * @param config the configuration
   * @return the running server
   */
  public static KonqerServer start(ServerConfig config) {
    return start(config, tokenVerifier(config));
  }

  /**
   * Starts the server with a given token verifier.
   *
   * @param config the configuration
   * @param verifier verifies bearer tokens
   * @return the running server
   */
  public static KonqerServer start(ServerConfig config, TokenVerifier verifier) {
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
      Migrations.migrate(database.dataSource());
      ValidatorFactory validation = validator.join();
      ApiDependencies deps = new ApiDependencies(database, verifier, Clock.systemUTC(), metrics,
          validation.getValidator(), ServerVersion.current(), config.maxBodyBytes(), config.shutdownGrace());
      List<AutoCloseable> owned = new ArrayList<>(started);
      owned.add(validation);
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
   * The verifier of bearer tokens: the issuer's JWKS in production, the server's own key in dev mode.
   *
   * @param config the configuration
   * @return the verifier
   */
  static TokenVerifier tokenVerifier(ServerConfig config) {
    throw new IllegalStateException("token verification is wired in by the auth module");
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
