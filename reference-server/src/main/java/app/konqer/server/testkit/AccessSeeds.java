package app.konqer.server.testkit;

import app.konqer.sdk.model.ServiceId;
import app.konqer.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Access to a service set by hand, as an operator would: a {@code service_access} row with no subscription behind it.
 * The server's own access rule reads it like any other row, and billing leaves such rows alone, so a lock set here
 * holds until the test lifts it.
 */
final class AccessSeeds {
  private static final String UPSERT = """
      INSERT INTO service_access AS a
        (user_id, service, unlocked_at, locked, expires_at, subscription_id, notify_on_unlock, created_at, updated_at)
      VALUES (?, ?, ?, ?, NULL, NULL, false, ?, ?)
      ON CONFLICT (user_id, service) DO UPDATE SET
        unlocked_at = EXCLUDED.unlocked_at,
        locked = EXCLUDED.locked,
        expires_at = NULL,
        subscription_id = NULL,
        notify_on_unlock = false,
        updated_at = EXCLUDED.updated_at""";

  private AccessSeeds() {}

  /**
   * Opens a service to a user now.
   *
   * @param connection a connection
   * @param userId the user
   * @param service the service
   * @param now the server's current time
   * @throws SQLException when the statement fails
   */
  static void unlock(Connection connection, UUID userId, ServiceId service, Instant now) throws SQLException {
    upsert(connection, userId, service, now, false, now);
  }

  /**
   * Closes a service to a user for good: generation answers 403 {@code service_locked} without an unlock date.
   *
   * @param connection a connection
   * @param userId the user
   * @param service the service
   * @param now the server's current time
   * @throws SQLException when the statement fails
   */
  static void lock(Connection connection, UUID userId, ServiceId service, Instant now) throws SQLException {
    upsert(connection, userId, service, now, true, now);
  }

  /**
   * Closes a service to a user until a time, as the founding plan's rolling unlock does: generation answers 403
   * {@code service_locked} with {@code unlocks_at}, and the service opens by itself when the clock gets there.
   *
   * @param connection a connection
   * @param userId the user
   * @param service the service
   * @param unlocksAt when it opens; after {@code now}
   * @param now the server's current time
   * @throws SQLException when the statement fails
   */
  static void lockUntil(Connection connection, UUID userId, ServiceId service, Instant unlocksAt, Instant now)
      throws SQLException {
    if (!unlocksAt.isAfter(now)) {
      throw new IllegalArgumentException("The unlock time " + unlocksAt + " is not after the server's time " + now);
    }
    upsert(connection, userId, service, unlocksAt, false, now);
  }

  private static void upsert(Connection connection, UUID userId, ServiceId service, Instant unlockedAt,
      boolean locked, Instant now) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      upsert.setObject(1, userId);
      upsert.setString(2, service.id());
      Rows.setInstant(upsert, 3, unlockedAt);
      upsert.setBoolean(4, locked);
      Rows.setInstant(upsert, 5, now);
      Rows.setInstant(upsert, 6, now);
      upsert.executeUpdate();
    }
  }
}
