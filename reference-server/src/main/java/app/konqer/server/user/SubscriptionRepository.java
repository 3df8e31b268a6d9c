package app.konqer.server.user;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code subscriptions} table, as the signed-in user sees it. */
public final class SubscriptionRepository {
  /** The columns {@link #fromRow} reads. */
  public static final String COLUMNS =
      "id, plan, service, status, current_period_start, current_period_end, cancel_at_period_end, created_at";
  private static final String FOR_USER = "SELECT " + COLUMNS + """
       FROM subscriptions
      WHERE user_id = ?
      ORDER BY created_at DESC, id DESC""";

  private final Database database;

  /**
   * Creates the repository.
   *
   * @param database the database
   */
  public SubscriptionRepository(Database database) {
    this.database = database;
  }

  /**
   * A user's subscriptions, newest first, whatever their status.
   *
   * @param userId the user
   * @return the subscriptions
   */
  public List<Subscription> forUser(UUID userId) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(FOR_USER)) {
        select.setObject(1, userId);
        try (ResultSet row = select.executeQuery()) {
          List<Subscription> subscriptions = new ArrayList<>();
          while (row.next()) {
            subscriptions.add(fromRow(row));
          }
          return subscriptions;
        }
      }
    });
  }

  /**
   * Reads a subscription from a row holding {@link #COLUMNS}.
   *
   * @param row the current row
   * @return the subscription
   * @throws SQLException when a column is missing
   */
  public static Subscription fromRow(ResultSet row) throws SQLException {
    return new Subscription(
        Rows.uuid(row, "id"),
        Rows.wireEnum(row, "plan", Plan.class),
        Rows.wireEnum(row, "service", ServiceId.class),
        Rows.wireEnum(row, "status", SubscriptionStatus.class),
        Rows.instant(row, "current_period_start"),
        Rows.instant(row, "current_period_end"),
        row.getBoolean("cancel_at_period_end"),
        Rows.instant(row, "created_at"));
  }
}
