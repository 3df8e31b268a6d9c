package app.konqer.server.generation;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.server.db.Rows;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Calls and seeds a test server the way the generation tests need: users, access, settings, and row counts. */
final class GenerationFixture {
  private static final MediaType JSON = MediaType.get("application/json");

  private final TestServer server;

  GenerationFixture(TestServer server) {
    this.server = server;
  }

  /** A signed-in user. */
  record User(String token, UUID id) {}

  /** A new user with access to every service since the start of the test clock. */
  User userWithAllServices(String subject) {
    User user = user(subject);
    for (ServiceId service : ServiceId.values()) {
      if (service != ServiceId.UNKNOWN) {
        grant(user, service, Instant.EPOCH, false, null);
      }
    }
    return user;
  }

  /** A new user without access to any service. */
  User user(String subject) {
    String token = TestTokens.user(subject);
    UUID id = server.http().get("/user/me", token).json(UserProfile.class).id();
    return new User(token, id);
  }

  void grant(User user, ServiceId service, Instant unlockedAt, boolean locked, Instant expiresAt) {
    server.database().query(connection -> {
      try (PreparedStatement upsert = connection.prepareStatement("""
          INSERT INTO service_access (user_id, service, unlocked_at, locked, expires_at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (user_id, service) DO UPDATE
            SET unlocked_at = EXCLUDED.unlocked_at, locked = EXCLUDED.locked, expires_at = EXCLUDED.expires_at""")) {
        upsert.setObject(1, user.id());
        upsert.setString(2, service.id());
        Rows.setInstant(upsert, 3, unlockedAt);
        upsert.setBoolean(4, locked);
        Rows.setInstant(upsert, 5, expiresAt);
        return upsert.executeUpdate();
      }
    });
  }

  void configure(ServiceId service, boolean enabled, int dailyLimit) {
    server.database().query(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE service_configs SET enabled = ?, rate_limit_daily = ? WHERE service = ?")) {
        update.setBoolean(1, enabled);
        update.setInt(2, dailyLimit);
        update.setString(3, service.id());
        return update.executeUpdate();
      }
    });
  }

  Reply generate(User user, String service, String body) {
    return generate(user, service, body, null);
  }

  Reply generate(User user, String service, String body, String idempotencyKey) {
    Request.Builder request = server.http().request("/services/" + service + "/generate")
        .header("Authorization", "Bearer " + user.token())
        .post(RequestBody.create(body, JSON));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return server.http().send(request);
  }

  int generations(User user) {
    return count("SELECT count(*) FROM generations WHERE user_id = ?", user.id());
  }

  int events(User user) {
    return count("SELECT count(*) FROM events WHERE user_id = ? AND event_type = 'generation.created'", user.id());
  }

  int idempotencyKeys(User user) {
    return count("SELECT count(*) FROM idempotency_keys WHERE user_id = ?", user.id());
  }

  /** Units used today by the test clock; 0 without a row. */
  int quotaUsed(User user, ServiceId service) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT COALESCE(SUM(used), 0) FROM quota_usage WHERE user_id = ? AND service = ? AND day = ?")) {
        select.setObject(1, user.id());
        select.setString(2, service.id());
        select.setObject(3, java.time.LocalDate.ofInstant(server.clock().instant(), java.time.ZoneOffset.UTC));
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getInt(1);
        }
      }
    });
  }

  private int count(String sql, UUID userId) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setObject(1, userId);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getInt(1);
        }
      }
    });
  }
}
