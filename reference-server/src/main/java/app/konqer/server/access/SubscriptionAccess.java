package app.konqer.server.access;

import app.konqer.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Derives a user's {@code service_access} rows from their subscriptions: every change billing makes to access is made
 * here, inside the transaction of the change that caused it.
 *
 * <p>Each subscription grants services ({@code subscription_grants}: the service and when it unlocks, fixed at
 * purchase); its status says how: {@code unpaid} locks the grant, {@code canceled} or cancel-at-period-end makes it
 * expire at the period end, anything else leaves it open. When several subscriptions grant one service, the row
 * holds the best grant at the current time: one open now (the longest-lasting), else the earliest scheduled unlock,
 * else the latest ended one. Rows without a subscription (granted by hand) are left alone.
 */
public final class SubscriptionAccess {
  private static final String LOCK_USER = "SELECT 1 FROM users WHERE id = ? FOR NO KEY UPDATE";
  private static final String GRANTS = """
      SELECT g.service, g.unlocks_at, s.id, s.status, s.current_period_end, s.cancel_at_period_end
      FROM subscriptions s
      JOIN subscription_grants g ON g.subscription_id = s.id
      WHERE s.user_id = ?
      ORDER BY g.service, s.created_at, s.id""";
  private static final String UPSERT = """
      INSERT INTO service_access AS a
        (user_id, service, unlocked_at, locked, expires_at, subscription_id, notify_on_unlock, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (user_id, service) DO UPDATE SET
        unlocked_at = EXCLUDED.unlocked_at,
        locked = EXCLUDED.locked,
        expires_at = EXCLUDED.expires_at,
        subscription_id = EXCLUDED.subscription_id,
        notify_on_unlock = CASE WHEN a.unlocked_at = EXCLUDED.unlocked_at THEN a.notify_on_unlock
                                ELSE EXCLUDED.notify_on_unlock END,
        unlock_notified_at = CASE WHEN a.unlocked_at = EXCLUDED.unlocked_at THEN a.unlock_notified_at END,
        updated_at = EXCLUDED.updated_at
      WHERE a.subscription_id IS NOT NULL
        AND (a.unlocked_at, a.locked, a.expires_at, a.subscription_id)
            IS DISTINCT FROM (EXCLUDED.unlocked_at, EXCLUDED.locked, EXCLUDED.expires_at, EXCLUDED.subscription_id)""";

  private SubscriptionAccess() {}

  /**
   * Brings a user's access rows in line with their subscriptions. Concurrent calls for one user are serialized by a
   * lock on the user's row, so each sees the other's committed subscriptions.
   *
   * @param connection a connection inside the transaction that changed the subscriptions
   * @param userId the user
   * @param now the current time
   * @throws SQLException when a statement fails
   */
  public static void sync(Connection connection, UUID userId, Instant now) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK_USER)) {
      lock.setObject(1, userId);
      lock.executeQuery().close();
    }
    Map<String, Grant> best = new LinkedHashMap<>();
    Comparator<Grant> order = Grant.preference(now);
    for (Grant grant : grants(connection, userId)) {
      best.merge(grant.service(), grant, (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (Grant grant : best.values()) {
        upsert.setObject(1, userId);
        upsert.setString(2, grant.service());
        Rows.setInstant(upsert, 3, grant.access().unlockedAt());
        upsert.setBoolean(4, grant.access().locked());
        Rows.setInstant(upsert, 5, grant.access().expiresAt());
        upsert.setObject(6, grant.subscriptionId());
        upsert.setBoolean(7, grant.access().unlockedAt().isAfter(now));
        Rows.setInstant(upsert, 8, now);
        Rows.setInstant(upsert, 9, now);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static List<Grant> grants(Connection connection, UUID userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(GRANTS)) {
      select.setObject(1, userId);
      try (ResultSet row = select.executeQuery()) {
        List<Grant> grants = new ArrayList<>();
        while (row.next()) {
          String status = row.getString("status");
          Instant unlocksAt = Rows.instant(row, "unlocks_at");
          Instant periodEnd = Rows.instant(row, "current_period_end");
          boolean ending = status.equals("canceled") || row.getBoolean("cancel_at_period_end");
          Instant expiresAt = ending ? (periodEnd != null ? periodEnd : unlocksAt) : null;
          grants.add(new Grant(row.getString("service"), Rows.uuid(row, "id"),
              new AccessGrant(unlocksAt, status.equals("unpaid"), expiresAt)));
        }
        return grants;
      }
    }
  }

  /** One subscription's grant of one service. */
  private record Grant(String service, UUID subscriptionId, AccessGrant access) {

    /** Best first: open now (no end, then the latest end), then scheduled (soonest), then ended (latest end). */
    static Comparator<Grant> preference(Instant now) {
      Comparator<Grant> byState = Comparator.comparingInt(grant -> grant.state(now));
      return byState.thenComparing((a, b) -> switch (a.state(now)) {
        case 0, 2 -> compareEnds(b.access().expiresAt(), a.access().expiresAt());
        default -> a.access().unlockedAt().compareTo(b.access().unlockedAt());
      });
    }

    private int state(Instant now) {
      if (access.isOpenAt(now)) {
        return 0;
      }
      return access.unlocksAfter(now) != null ? 1 : 2;
    }

    /** Orders ends with "no end" as the latest. */
    private static int compareEnds(Instant a, Instant b) {
      if (a == null || b == null) {
        return a == null ? (b == null ? 0 : 1) : -1;
      }
      return a.compareTo(b);
    }
  }
}
