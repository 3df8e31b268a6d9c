package app.konqer.server.admin;

import app.konqer.sdk.billing.admin.AdminUser;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.paging.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every user, newest first, with how many of their subscriptions grant access now.
 *
 * <p>A subscription grants access when one of its grants is open by the rule of
 * {@link app.konqer.server.access.AccessGrant} as {@link app.konqer.server.access.SubscriptionAccess} derives it: the
 * subscription is not unpaid, the grant has unlocked, and a canceled (or cancel-at-period-end) subscription's period
 * has not ended.
 */
public final class AdminUsers {
  private static final String SELECT = """
      SELECT u.id, u.email, u.name, u.stripe_customer_id, u.created_at,
        (SELECT count(*) FROM subscriptions s
         WHERE s.user_id = u.id AND s.status <> 'unpaid'
           AND EXISTS (SELECT 1 FROM subscription_grants g
                       WHERE g.subscription_id = s.id AND g.unlocks_at <= ?
                         AND (NOT (s.status = 'canceled' OR s.cancel_at_period_end)
                              OR COALESCE(s.current_period_end, g.unlocks_at) > ?))) AS active_subscriptions
      FROM users u
      """;
  private static final String FIRST_PAGE = SELECT + "ORDER BY u.created_at DESC, u.id DESC LIMIT ?";
  private static final String NEXT_PAGE = SELECT
      + "WHERE (u.created_at, u.id) < (?, ?) ORDER BY u.created_at DESC, u.id DESC LIMIT ?";

  private final Database database;

  /**
   * Creates the repository.
   *
   * @param database the database
   */
  public AdminUsers(Database database) {
    this.database = database;
  }

  /**
   * One page of users, newest first.
   *
   * @param request the page
   * @param now the time at which subscriptions are judged
   * @return up to {@link PageRequest#fetchSize()} users
   */
  public List<AdminUser> page(PageRequest request, Instant now) {
    return database.query(connection -> {
      boolean first = request.after() == null;
      try (PreparedStatement select = connection.prepareStatement(first ? FIRST_PAGE : NEXT_PAGE)) {
        int index = 1;
        Rows.setInstant(select, index++, now);
        Rows.setInstant(select, index++, now);
        if (!first) {
          Rows.setInstant(select, index++, request.after().createdAt());
          select.setObject(index++, request.after().id());
        }
        select.setInt(index, request.fetchSize());
        try (ResultSet row = select.executeQuery()) {
          List<AdminUser> users = new ArrayList<>();
          while (row.next()) {
            users.add(new AdminUser(
                Rows.uuid(row, "id"),
                row.getString("email"),
                row.getString("name"),
                row.getString("stripe_customer_id"),
                row.getInt("active_subscriptions"),
                Rows.instant(row, "created_at")));
          }
          return users;
        }
      }
    });
  }
}
