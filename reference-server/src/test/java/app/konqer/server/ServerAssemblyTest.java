package app.konqer.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.testing.Http;
import app.konqer.server.testing.TestPostgres;
import app.konqer.server.testing.TestTokens;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled server on an external database. */
class ServerAssemblyTest {
  @TempDir
  Path home;

  @Test
  void startsOnAnEmptyDatabaseWithAPoolOfOneConnection() {
    TestPostgres postgres = TestPostgres.shared();
    ServerConfig config = ServerConfig.fromEnv(Map.of(
        "PORT", "0",
        "KONQER_DATABASE_URL", postgres.newEmptyDatabase(),
        "KONQER_DATABASE_USER", postgres.user(),
        "KONQER_DEV_AUTH", "true",
        "KONQER_DB_POOL_SIZE", "1"), home);

    try (KonqerServer server = ServerAssembly.start(config, new TestTokens(), new AuthRoutes(null, null),
        Clock.systemUTC())) {
      Http http = new Http(server.url());
      assertThat(http.get("/user/me", TestTokens.user("kc-pool-of-one")).status()).isEqualTo(200);
    }
  }
}
