package app.konqer.server.access;

import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.email.Emails;
import app.konqer.server.email.Outbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Announces scheduled unlocks (the founding plan's rolling unlock) once each: for every access row whose time has
 * come, a {@code service.unlocked} event and a notification e-mail are recorded and the row is stamped
 * ({@code unlock_notified_at}), all in one transaction.
 *
 * <p>Due rows are claimed {@code FOR UPDATE SKIP LOCKED}: two instances (threads or replicas) running at once take
 * disjoint rows, and a row stamped by one is no longer due for the other. The e-mail's dedupe key is a second guard.
 */
public final class UnlockNotifier {
  /** The {@code events.event_type} recorded for an unlock. */
  public static final String EVENT_TYPE = "service.unlocked";

  private static final String DUE = """
      SELECT a.id, a.user_id, a.service, a.unlocked_at, a.subscription_id, u.email, u.name, c.name AS service_name
      FROM service_access a
      JOIN users u ON u.id = a.user_id
      JOIN service_configs c ON c.service = a.service
      WHERE a.notify_on_unlock AND a.unlock_notified_at IS NULL AND a.unlocked_at <= ?
        AND NOT a.locked AND (a.expires_at IS NULL OR a.expires_at > ?)
      ORDER BY a.unlocked_at, a.id
      LIMIT ?
      FOR UPDATE OF a SKIP LOCKED""";
  private static final String EVENT = """
      INSERT INTO events (user_id, event_type, service, metadata, created_at)
      VALUES (?, ?, ?, jsonb_build_object('unlocked_at', ?::text, 'subscription_id', ?::text), ?)""";
  private static final String STAMP = "UPDATE service_access SET unlock_notified_at = ? WHERE id = ?";

  private final Database database;
  private final Clock clock;
  private final int batchSize;

  /**
   * Creates the notifier.
   *
   * @param database the database
   * @param clock the current time
   * @param batchSize the most unlocks announced per transaction
   */
  public UnlockNotifier(Database database, Clock clock, int batchSize) {
    this.database = database;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /**
   * Announces one batch of due unlocks.
   *
   * @return how many were announced
   */
  public int runOnce() {
    Instant now = clock.instant();
    return database.transaction(connection -> {
      List<Due> due = due(connection, now);
      for (Due unlock : due) {
        announce(connection, unlock, now);
      }
      return due.size();
    });
  }

  /**
   * Announces due unlocks until none is left.
   *
   * @return how many were announced
   */
  public int drain() {
    int total = 0;
    int announced;
    do {
      announced = runOnce();
      total += announced;
    } while (announced == batchSize);
    return total;
  }

  private List<Due> due(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(DUE)) {
      Rows.setInstant(select, 1, now);
      Rows.setInstant(select, 2, now);
      select.setInt(3, batchSize);
      try (ResultSet row = select.executeQuery()) {
        List<Due> due = new ArrayList<>();
        while (row.next()) {
          due.add(new Due(Rows.uuid(row, "id"), Rows.uuid(row, "user_id"), row.getString("service"),
              Rows.instant(row, "unlocked_at"), Rows.uuid(row, "subscription_id"), row.getString("email"),
              row.getString("name"), row.getString("service_name")));
        }
        return due;
      }
    }
  }

  private static void announce(Connection connection, Due unlock, Instant now) throws SQLException {
    try (PreparedStatement event = connection.prepareStatement(EVENT)) {
      event.setObject(1, unlock.userId());
      event.setString(2, EVENT_TYPE);
      event.setString(3, unlock.service());
      event.setString(4, unlock.unlockedAt().toString());
      event.setString(5, unlock.subscriptionId() == null ? null : unlock.subscriptionId().toString());
      Rows.setInstant(event, 6, now);
      event.executeUpdate();
    }
    if (unlock.email() != null) {
      Outbox.enqueue(connection, Emails.serviceUnlocked(unlock.email(), unlock.name(), unlock.serviceName()),
          "unlock:" + unlock.accessId() + ":" + unlock.unlockedAt().getEpochSecond(), now);
    }
    try (PreparedStatement stamp = connection.prepareStatement(STAMP)) {
      Rows.setInstant(stamp, 1, now);
      stamp.setObject(2, unlock.accessId());
      stamp.executeUpdate();
    }
  }

  private record Due(UUID accessId, UUID userId, String service, Instant unlockedAt, UUID subscriptionId,
      String email, String name, String serviceName) {}
}
