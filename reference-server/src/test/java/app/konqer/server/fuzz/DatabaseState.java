package app.konqer.server.fuzz;

import app.konqer.server.db.Database;
import app.konqer.server.generation.GenerationRepository;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The database as the fuzz run checks it: a fingerprint of every user-visible table, compared around requests that
 * must not write, and the invariants that hold after any sequence of requests. The quota counts by units in use: a
 * refused generation gives its unit back and may leave a day's row at zero, which charges nobody.
 */
final class DatabaseState {
  private static final List<String> COUNTED = List.of(
      "users", "subscriptions", "service_access", "payments", "generations", "events", "stripe_events",
      "stripe_subscription_states", "subscription_grants", "dev_checkout_sessions", "service_cross_sells",
      "email_outbox", "idempotency_keys", "admin_users", "feature_flags");
  private static final String FINGERPRINT = "SELECT concat_ws('|', "
      + String.join(", ", COUNTED.stream().map(t -> "(SELECT count(*) FROM " + t + ")").toList())
      + ", (SELECT coalesce(sum(used), 0) FROM quota_usage)"
      + ", (SELECT md5(string_agg(concat_ws(',', service, enabled, rate_limit_daily, unlock_day), ';'"
      + " ORDER BY service)) FROM service_configs)"
      + ", (SELECT md5(coalesce(string_agg(concat_ws(',', user_id, service, unlocked_at, locked, expires_at,"
      + " subscription_id), ';' ORDER BY user_id, service), '')) FROM service_access)"
      + ", (SELECT md5(coalesce(string_agg(concat_ws(',', id, status, cancel_at_period_end, current_period_end),"
      + " ';' ORDER BY id), '')) FROM subscriptions)"
      + ", (SELECT md5(coalesce(string_agg(concat_ws(',', id, email, name), ';' ORDER BY id), '')) FROM users))";

  /** The next transaction id: it moves only when a transaction writes, so an unchanged one means no write at all. */
  private static final String NEXT_XID = "SELECT pg_snapshot_xmax(pg_current_snapshot())::text";

  private final Database database;
  private String knownXid;
  private String known;

  DatabaseState(Database database) {
    this.database = database;
  }

  /**
   * A fingerprint of the visible state, recomputed only when some transaction has written since the last one.
   *
   * @return the fingerprint
   */
  String fingerprint() {
    String xid = single(NEXT_XID);
    if (!xid.equals(knownXid)) {
      known = single(FINGERPRINT);
      knownXid = single(NEXT_XID);
    }
    return known;
  }

  private String single(String query) {
    return database.query(connection -> {
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
        row.next();
        return row.getString(1);
      }
    });
  }

  /** @return the invariants that do not hold, described */
  List<String> brokenInvariants() {
    List<String> broken = new ArrayList<>();
    check(broken, "generations without their " + GenerationRepository.CREATED_EVENT + " event", """
        SELECT count(*) FROM generations g WHERE NOT EXISTS (
          SELECT 1 FROM events e WHERE e.event_type = 'generation.created' AND e.metadata->>'generation_id' = g.id::text)""");
    check(broken, "generation.created events without their generation", """
        SELECT count(*) FROM events e WHERE e.event_type = 'generation.created' AND NOT EXISTS (
          SELECT 1 FROM generations g WHERE e.metadata->>'generation_id' = g.id::text)""");
    check(broken, "quota days whose units differ from the generations stored that day", """
        SELECT count(*) FROM (
          SELECT coalesce(q.user_id, g.user_id) AS user_id, coalesce(q.used, 0) AS used, coalesce(g.n, 0) AS n
          FROM quota_usage q
          FULL JOIN (SELECT user_id, service, (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n
                     FROM generations GROUP BY 1, 2, 3) g
            ON g.user_id = q.user_id AND g.service = q.service AND g.day = q.day) usage
        WHERE used <> n""");
    check(broken, "idempotency keys left in progress", """
        SELECT count(*) FROM idempotency_keys WHERE state = 'in_progress'""");
    check(broken, "completed idempotency keys without a stored response", """
        SELECT count(*) FROM idempotency_keys WHERE state = 'completed' AND response_body IS NULL""");
    return broken;
  }

  private void check(List<String> broken, String what, String countQuery) {
    long count = database.query(connection -> {
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(countQuery)) {
        row.next();
        return row.getLong(1);
      }
    });
    if (count != 0) {
      broken.add(count + " " + what);
    }
  }
}
