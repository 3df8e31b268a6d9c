package app.konqer.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.ApiDependencies;
import app.konqer.server.KonqerApi;
import app.konqer.server.KonqerServer;
import app.konqer.server.ServerAssembly;
import app.konqer.server.ServerConfig;
import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.billing.BillingSetup;
import app.konqer.server.generation.GenerationParts;
import app.konqer.server.operations.Health;
import app.konqer.server.operations.Metrics;
import app.konqer.server.testing.Http;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestTokens;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL the server runs without an external database: its data survives, its loss is a 503. */
class EmbeddedDatabaseTest {
  @TempDir
  static Path dataDir;

  @BeforeAll
  static void initialise() {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
      assertThat(database.dataDirectory()).isEqualTo(dataDir.resolve("postgres"));
    }
    assertThat(Files.exists(dataDir.resolve("postgres").resolve("postgresql.conf"))).isTrue();
  }

  @Test
  void dataSurvivesARestartOnTheSameDirectory() {
    String subject = "kc-persistent-" + System.nanoTime();
    String version;
    try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir); Database pool = pool(first)) {
      version = Migrations.migrate(pool.dataSource());
      pool.query(c -> {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO users (keycloak_user_id) VALUES (?)")) {
          insert.setString(1, subject);
          return insert.executeUpdate();
        }
      });
    }

    try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir); Database pool = pool(second)) {
      assertThat(Migrations.migrate(pool.dataSource())).isEqualTo(version);
      long found = pool.query(c -> {
        try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM users WHERE keycloak_user_id = ?")) {
          select.setString(1, subject);
          try (ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
          }
        }
      });
      assertThat(found).isEqualTo(1);
    }
  }

  @Test
  void commitsAreDurable() {
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir); Database pool = pool(postgres)) {
      String settings = pool.query(c -> {
        try (ResultSet row = c.createStatement().executeQuery("""
            SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) FROM pg_settings
            WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')""")) {
          row.next();
          return row.getString(1);
        }
      });

      assertThat(settings)
          .as("an acknowledged commit is on disk, and a crash leaves no torn page behind")
          .isEqualTo("fsync=on full_page_writes=on synchronous_commit=on");
    }
  }

  @Test
  void aSecondServerOnTheSameDirectoryIsRefusedClearly() {
    try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
      assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another Konqer server using this KONQER_DATA_DIR");
      assertThat(first.jdbcUrl()).startsWith("jdbc:postgresql://localhost:");
    }
  }

  @Test
  void whenTheDatabaseGoesAwayRequestsAnswer503AndHealthSaysSo() {
    EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir);
    Database database = pool(postgres);
    Migrations.migrate(database.dataSource());
    ValidatorFactory validation = ServerAssembly.validation();
    ApiDependencies deps = new ApiDependencies(database, new TestTokens(), new AuthRoutes(null, null),
        Clock.systemUTC(), new Metrics(), validation.getValidator(), "test", 65_536, Duration.ofSeconds(5),
        GenerationParts.offline(database.dataSource(), KonqerJson.create()), BillingSetup.off(null));
    try (KonqerServer server = KonqerServer.start(KonqerApi.create(deps), 0, List.of(database, validation, postgres))) {
      Http http = new Http(server.url());
      assertThat(http.get("/user/me", TestTokens.user("kc-outage")).status()).isEqualTo(200);

      postgres.close();

      Reply me = http.get("/user/subscriptions", TestTokens.user("kc-outage"));
      assertThat(me.status()).isEqualTo(503);
      assertThat(me.mediaType()).isEqualTo(Problem.MEDIA_TYPE);
      assertThat(me.problem().code()).isEqualTo("database_unavailable");
      assertThat(me.header("Retry-After")).isEqualTo("5");
      Reply health = http.get("/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json(Health.class)).isEqualTo(new Health("unavailable", "test", "down"));
      assertThat(health.header("Retry-After")).isEqualTo("5");
      assertThat(http.get("/openapi.yaml").status()).isEqualTo(200);
    }
  }

  @Test
  void theAssembledServerRunsOnTheEmbeddedDatabaseAndStopsIt() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("PORT", "0", "KONQER_DATA_DIR", dataDir.toString()), dataDir);
    Path postmasterPid = dataDir.resolve("postgres").resolve("postmaster.pid");

    try (KonqerServer server = ServerAssembly.start(config, new TestTokens(), new AuthRoutes(null, null), Clock.systemUTC())) {
      Http http = new Http(server.url());
      assertThat(http.get("/health").json(Health.class).database()).isEqualTo("up");
      assertThat(http.get("/user/me", TestTokens.user("kc-assembled")).status()).isEqualTo(200);
      assertThat(postmasterPid).exists();
    }

    assertThat(postmasterPid).doesNotExist();
  }

  private static Database pool(EmbeddedDatabase postgres) {
    return Database.connect(new PoolSettings(postgres.jdbcUrl(), postgres.user(), null, 2, Duration.ofMillis(250)),
        new Metrics().registry());
  }
}
