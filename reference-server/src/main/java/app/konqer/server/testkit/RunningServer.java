package app.konqer.server.testkit;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.ApiDependencies;
import app.konqer.server.ConfigVariable;
import app.konqer.server.KonqerApi;
import app.konqer.server.KonqerServer;
import app.konqer.server.ServerAssembly;
import app.konqer.server.ServerVersion;
import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.auth.DevTokenIssuer;
import app.konqer.server.auth.JwtTokenVerifier;
import app.konqer.server.billing.BillingSetup;
import app.konqer.server.db.Database;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.generation.GenerationParts;
import app.konqer.server.operations.Metrics;
import io.javalin.config.JavalinConfig;
import jakarta.validation.ValidatorFactory;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * A started test server and what it owns: the production API, assembled as in dev mode (dev tokens, the dev
 * checkout, the offline generator) on a fresh database of the shared PostgreSQL, with the test kit's additions.
 *
 * @param server the HTTP server; closing it closes the pool
 * @param database the server's database
 * @param issuer the dev token issuer the server trusts
 */
record RunningServer(KonqerServer server, Database database, DevTokenIssuer issuer) {
  private static final int POOL_SIZE = 10;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

  /**
   * Starts a server.
   *
   * @param clock the server's clock
   * @param additions the test kit's handlers
   * @return the running server
   */
  static RunningServer start(TestClock clock, Consumer<JavalinConfig> additions) {
    SharedPostgres postgres = SharedPostgres.get();
    Metrics metrics = new Metrics();
    Database database = Database.connect(
        new PoolSettings(postgres.newDatabase(), postgres.user(), null, POOL_SIZE, CONNECT_TIMEOUT),
        metrics.registry());
    ValidatorFactory validation = null;
    try {
      validation = ServerAssembly.validation();
      DevTokenIssuer issuer = DevTokenIssuer.ephemeral(ServerAssembly.DEV_ISSUER,
          JwtTokenVerifier.DEFAULT_AUDIENCE, DevTokenIssuer.DEFAULT_TTL, clock);
      ApiDependencies deps = new ApiDependencies(database, issuer.verifier(), new AuthRoutes(issuer, null), clock,
          metrics, validation.getValidator(), ServerVersion.current(),
          Long.parseLong(ConfigVariable.MAX_BODY_BYTES.defaultValue()), SHUTDOWN_GRACE,
          GenerationParts.offline(database.dataSource(), KonqerJson.create()),
          BillingSetup.dev("whsec_testkit_" + randomHex(), null));
      KonqerServer server = KonqerServer.start(KonqerApi.create(deps, additions), 0, List.of(database, validation));
      return new RunningServer(server, database, issuer);
    } catch (RuntimeException e) {
      if (validation != null) {
        validation.close();
      }
      database.close();
      throw e;
    }
  }

  static String randomHex() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
