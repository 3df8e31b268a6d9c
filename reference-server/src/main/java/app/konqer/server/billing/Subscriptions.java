package app.konqer.server.billing;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import app.konqer.server.access.SubscriptionAccess;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.user.SubscriptionRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code subscriptions} table as billing reads and changes it. */
public final class Subscriptions {
  private static final String OWNED = "SELECT " + SubscriptionRepository.COLUMNS + ", stripe_subscription_id"
      + " FROM subscriptions WHERE id = ? AND user_id = ?";
  private static final String RENEWING = """
      SELECT plan, service FROM subscriptions
      WHERE user_id = ? AND status IN ('active', 'trialing', 'past_due') AND NOT cancel_at_period_end""";
  private static final String CANCEL = """
      UPDATE subscriptions SET cancel_at_period_end = true, updated_at = ?
      WHERE id = ? AND user_id = ?""";
  private static final String BY_CHECKOUT_SESSION = "SELECT " + SubscriptionRepository.COLUMNS
      + " FROM subscriptions WHERE stripe_checkout_session_id = ?";

  private final Database database;

  /**
   * Creates the repository.
   *
   * @param database the database
   */
  public Subscriptions(Database database) {
    this.database = database;
  }

  /**
   * One of a user's subscriptions.
   *
   * @param subscription the subscription as the API shows it
   * @param stripeSubscriptionId its Stripe id
   */
  public record Owned(Subscription subscription, String stripeSubscriptionId) {}

  /**
   * A plan a user pays for and will keep paying for.
   *
   * @param plan the plan
   * @param service its service, for single-service plans
   */
  public record Renewing(Plan plan, ServiceId service) {}

  /**
   * A subscription of a user.
   *
   * @param userId the user
   * @param id the subscription id
   * @return the subscription, or empty when the user has none with this id
   */
  public Optional<Owned> find(UUID userId, UUID id) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(OWNED)) {
        select.setObject(1, id);
        select.setObject(2, userId);
        try (ResultSet row = select.executeQuery()) {
          return row.next()
              ? Optional.of(new Owned(SubscriptionRepository.fromRow(row), row.getString("stripe_subscription_id")))
              : Optional.empty();
        }
      }
    });
  }

  /**
   * The subscriptions a user has in force and has not canceled.
   *
   * @param userId the user
   * @return their plans
   */
  public List<Renewing> renewing(UUID userId) {
    return database.query(connection -> renewing(connection, userId));
  }

  /**
   * The subscriptions a user has in force and has not canceled, as seen by a transaction.
   *
   * @param connection the connection
   * @param userId the user
   * @return their plans
   * @throws SQLException when the query fails
   */
  public static List<Renewing> renewing(Connection connection, UUID userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(RENEWING)) {
      select.setObject(1, userId);
      try (ResultSet row = select.executeQuery()) {
        List<Renewing> plans = new ArrayList<>();
        while (row.next()) {
          plans.add(new Renewing(Rows.wireEnum(row, "plan", Plan.class), Rows.wireEnum(row, "service", ServiceId.class)));
        }
        return plans;
      }
    }
  }

  /**
   * Marks a subscription to end at its period end, and lets its access expire then.
   *
   * @param userId the owner
   * @param id the subscription
   * @param now the current time
   * @return the subscription as it is now
   */
  public Subscription cancelAtPeriodEnd(UUID userId, UUID id, Instant now) {
    return database.transaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement(CANCEL)) {
        Rows.setInstant(update, 1, now);
        update.setObject(2, id);
        update.setObject(3, userId);
        update.executeUpdate();
      }
      SubscriptionAccess.sync(connection, userId, now);
      return owned(connection, userId, id);
    });
  }

  /**
   * The subscription a checkout session created.
   *
   * @param checkoutSessionId the session id
   * @return the subscription, or empty when the session has not completed
   */
  public Optional<Subscription> byCheckoutSession(String checkoutSessionId) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(BY_CHECKOUT_SESSION)) {
        select.setString(1, checkoutSessionId);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(SubscriptionRepository.fromRow(row)) : Optional.empty();
        }
      }
    });
  }

  private static Subscription owned(Connection connection, UUID userId, UUID id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(OWNED)) {
      select.setObject(1, id);
      select.setObject(2, userId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return SubscriptionRepository.fromRow(row);
      }
    }
  }
}
