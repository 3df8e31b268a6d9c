package app.konqer.server.bench;

import app.konqer.server.db.Database;
import app.konqer.server.db.EmbeddedDatabase;
import app.konqer.server.db.PoolSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Dev users of a benchmark, with cold-dm unlocked and no daily limit that a run could reach. */
final class BenchUsers {
  private BenchUsers() {}

  /**
   * Creates the users through the server's dev tokens and unlocks cold-dm for them.
   *
   * @param api the running server
   * @param postgres its database
   * @param prefix the e-mail prefix, such as {@code upstream}
   * @param count how many users
   * @return one token per user
   * @throws IOException when the server cannot be reached
   */
  static List<String> withColdDm(ApiCalls api, EmbeddedDatabase postgres, String prefix, int count)
      throws IOException {
    List<String> tokens = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String token = api.devToken(prefix + "-" + i + "@example.com");
      tokens.add(token);
      ids.add(api.userId(token));
    }
    try (Database database = Database.connect(new PoolSettings(postgres.jdbcUrl(), postgres.user(), null, 1,
        Duration.ofSeconds(10)), new SimpleMeterRegistry())) {
      database.transaction(c -> {
        try (PreparedStatement grant = c.prepareStatement(
            "INSERT INTO service_access (user_id, service, unlocked_at) VALUES (?, 'cold-dm', now())")) {
          for (UUID id : ids) {
            grant.setObject(1, id);
            grant.addBatch();
          }
          grant.executeBatch();
        }
        try (PreparedStatement limit = c.prepareStatement(
            "UPDATE service_configs SET rate_limit_daily = 2000000000 WHERE service = 'cold-dm'")) {
          limit.executeUpdate();
        }
        return null;
      });
    }
    return tokens;
  }
}
