package app.konqer.server.billing;

import app.konqer.sdk.billing.PlanAccess;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.access.SubscriptionAccess;
import app.konqer.server.db.Rows;
import app.konqer.server.email.Emails;
import app.konqer.server.email.Outbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a completed checkout, all in the caller's transaction: the subscription (with any state Stripe reported
 * before), what it grants, the payment, the buyer's Stripe customer, the access rows, the welcome e-mail and the
 * cross-sell e-mail.
 */
public final class Purchases {
  private static final Logger log = LoggerFactory.getLogger(Purchases.class);

  private static final String BUYER = "SELECT email, name FROM users WHERE id = ?";
  private static final String CUSTOMER = """
      UPDATE users SET stripe_customer_id = ?, updated_at = ?
      WHERE id = ? AND stripe_customer_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM users other WHERE other.stripe_customer_id = ?)""";
  private static final String SUBSCRIPTION = """
      INSERT INTO subscriptions (user_id, plan, service, status, stripe_subscription_id, stripe_customer_id,
        stripe_checkout_session_id, current_period_start, current_period_end, cancel_at_period_end, created_at,
        updated_at)
      VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, false, ?, ?)
      ON CONFLICT DO NOTHING
      RETURNING id""";
  private static final String CATALOG = "SELECT service, name, unlock_day FROM service_configs ORDER BY position";
  private static final String GRANT =
      "INSERT INTO subscription_grants (subscription_id, service, unlocks_at) VALUES (?, ?, ?)";

  private Purchases() {}

  /**
   * Records a purchase once: a second call for the same subscription or checkout session changes nothing. Takes the
   * subscription's {@link SubscriptionStates#lock}, so that an update of it delivered at the same time is applied.
   *
   * @param connection the event's transaction
   * @param purchase the purchase
   * @param now the current time
   * @return the new subscription's id, or empty when the buyer is unknown or the purchase was recorded before
   * @throws SQLException when a statement fails
   */
  public static Optional<UUID> record(Connection connection, Purchase purchase, Instant now) throws SQLException {
    Optional<Buyer> buyer = buyer(connection, purchase.userId());
    if (buyer.isEmpty()) {
      log.warn("Checkout {} names user {}, who does not exist; ignored", purchase.checkoutSessionId(),
          purchase.userId());
      return Optional.empty();
    }
    SubscriptionStates.lock(connection, purchase.stripeSubscriptionId());
    if (purchase.stripeCustomerId() != null) {
      storeCustomer(connection, purchase, now);
    }
    Optional<UUID> created = insertSubscription(connection, purchase, now);
    if (created.isEmpty()) {
      return created;
    }
    UUID subscriptionId = created.get();
    SubscriptionStates.copyToSubscription(connection, purchase.stripeSubscriptionId(), now);
    List<Granted> granted = grant(connection, subscriptionId, purchase);
    Payments.record(connection, new Payments.NewPayment(purchase.userId(), subscriptionId, purchase.amountCents(),
        purchase.currency(), purchase.paymentStatus(), purchase.invoiceId(), purchase.paymentIntentId(),
        purchase.checkoutSessionId(), purchase.terms().paymentDescription(), purchase.purchasedAt()));
    SubscriptionAccess.sync(connection, purchase.userId(), now);
    String email = buyer.get().email();
    if (email != null) {
      Outbox.enqueue(connection, Emails.welcome(email, buyer.get().name(), purchase.terms().paymentDescription(),
          WelcomeText.granted(granted, purchase.purchasedAt())), "welcome:" + subscriptionId, now);
      CrossSell.propose(connection, purchase, subscriptionId, email, buyer.get().name(), now);
    }
    return created;
  }

  private static Optional<Buyer> buyer(Connection connection, UUID userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(BUYER)) {
      select.setObject(1, userId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(new Buyer(row.getString("email"), row.getString("name"))) : Optional.empty();
      }
    }
  }

  private static void storeCustomer(Connection connection, Purchase purchase, Instant now) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(CUSTOMER)) {
      update.setString(1, purchase.stripeCustomerId());
      Rows.setInstant(update, 2, now);
      update.setObject(3, purchase.userId());
      update.setString(4, purchase.stripeCustomerId());
      update.executeUpdate();
    }
  }

  private static Optional<UUID> insertSubscription(Connection connection, Purchase purchase, Instant now)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(SUBSCRIPTION)) {
      insert.setObject(1, purchase.userId());
      insert.setString(2, KonqerJson.wireName(purchase.terms().plan()));
      insert.setString(3, purchase.service() == null ? null : purchase.service().id());
      insert.setString(4, purchase.stripeSubscriptionId());
      insert.setString(5, purchase.stripeCustomerId());
      insert.setString(6, purchase.checkoutSessionId());
      Rows.setInstant(insert, 7, purchase.purchasedAt());
      Rows.setInstant(insert, 8, purchase.terms().periodEnd(purchase.purchasedAt()));
      Rows.setInstant(insert, 9, purchase.purchasedAt());
      Rows.setInstant(insert, 10, now);
      try (ResultSet row = insert.executeQuery()) {
        return row.next() ? Optional.of(Rows.uuid(row, "id")) : Optional.empty();
      }
    }
  }

  /**
   * Fixes what the subscription grants: every service for the bundles at once, every service on its
   * {@code unlock_day} for the founding plan, the chosen one for a single-service plan.
   */
  private static List<Granted> grant(Connection connection, UUID subscriptionId, Purchase purchase)
      throws SQLException {
    List<Granted> granted = new ArrayList<>();
    try (PreparedStatement catalog = connection.prepareStatement(CATALOG);
        ResultSet row = catalog.executeQuery()) {
      while (row.next()) {
        String service = row.getString("service");
        if (purchase.terms().singleService() && !service.equals(purchase.service().id())) {
          continue;
        }
        int days = purchase.terms().access() == PlanAccess.ROLLING_UNLOCK
            ? row.getInt("unlock_day") : 0;
        granted.add(new Granted(service, row.getString("name"), purchase.purchasedAt().plus(Duration.ofDays(days))));
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(GRANT)) {
      for (Granted grant : granted) {
        insert.setObject(1, subscriptionId);
        insert.setString(2, grant.service());
        Rows.setInstant(insert, 3, grant.unlocksAt());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return granted;
  }

  private record Buyer(String email, String name) {}

  /**
   * One service a purchase grants.
   *
   * @param service the service id
   * @param name its display name
   * @param unlocksAt when it unlocks
   */
  record Granted(String service, String name, Instant unlocksAt) {}
}
