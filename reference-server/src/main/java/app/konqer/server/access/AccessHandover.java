package app.konqer.server.access;

import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hands a service over to another of the user's subscriptions when the grant in its access row has expired.
 *
 * <p>An access row holds one grant per service: when two subscriptions grant the same service, the row holds the
 * better one at the time of the last change. If that grant later expires (a canceled subscription's period ends)
 * while the other subscription still grants the service, this job syncs the user's rows again, so that a paying
 * customer is not locked out until the next Stripe event.
 */
public final class AccessHandover {
  private static final String EXPIRED_BUT_COVERED = """
      SELECT DISTINCT a.user_id
      FROM service_access a
      JOIN subscriptions s ON s.user_id = a.user_id AND s.id <> a.subscription_id
      JOIN subscription_grants g ON g.subscription_id = s.id AND g.service = a.service
      WHERE a.subscription_id IS NOT NULL AND a.expires_at <= ?
        AND g.unlocks_at <= ? AND s.status <> 'unpaid'
        AND (NOT (s.status = 'canceled' OR s.cancel_at_period_end) OR COALESCE(s.current_period_end, g.unlocks_at) > ?)
      LIMIT ?""";

  private final Database database;
  private final Clock clock;
  private final int batchSize;

  /**
   * Creates the job.
   *
   * @param database the database
   * @param clock the current time
   * @param batchSize the most users synced per run
   */
  public AccessHandover(Database database, Clock clock, int batchSize) {
    this.database = database;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /**
   * Syncs the users who hold an expired grant while another subscription covers the service.
   *
   * @return how many users were synced
   */
  public int runOnce() {
    Instant now = clock.instant();
    List<UUID> users = database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(EXPIRED_BUT_COVERED)) {
        Rows.setInstant(select, 1, now);
        Rows.setInstant(select, 2, now);
        Rows.setInstant(select, 3, now);
        select.setInt(4, batchSize);
        try (ResultSet row = select.executeQuery()) {
          List<UUID> found = new ArrayList<>();
          while (row.next()) {
            found.add(Rows.uuid(row, "user_id"));
          }
          return found;
        }
      }
    });
    for (UUID user : users) {
      database.transaction(connection -> {
        SubscriptionAccess.sync(connection, user, now);
        return null;
      });
    }
    return users.size();
  }
}
