package app.konqer.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@code GET /health/live}: the liveness probe answers up while the database is refused, and needs no token. */
class LivenessTest {

  @Test
  void liveAnswersUpWithoutATokenAndStaysUpWhileTheDatabaseIsDown() throws SQLException {
    TestServer server = TestServer.api();
    server.start();
    try {
      Reply live = server.http().get("/health/live");
      assertThat(live.status()).isEqualTo(200);
      assertThat(live.mediaType()).isEqualTo("application/json");
      assertThat(live.body()).isEqualTo("{\"status\":\"up\"}");

      refuseConnections(server);

      Reply health = server.http().get("/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json(Health.class).database()).isEqualTo("down");
      Reply stillLive = server.http().get("/health/live");
      assertThat(stillLive.status()).isEqualTo(200);
      assertThat(stillLive.json(Liveness.class)).isEqualTo(Liveness.UP);
    } finally {
      server.stop();
    }
  }

  /** Takes the server's database away from it: open sessions are ended and new ones refused. */
  private static void refuseConnections(TestServer server) throws SQLException {
    String url = server.database().query(c -> c.getMetaData().getURL());
    String name = server.database().query(Connection::getCatalog);
    String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection connection = DriverManager.getConnection(admin, "postgres", null);
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
      statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }
  }
}
