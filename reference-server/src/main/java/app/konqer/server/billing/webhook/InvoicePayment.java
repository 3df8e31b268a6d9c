package app.konqer.server.billing.webhook;

import app.konqer.sdk.billing.PaymentStatus;
import app.konqer.server.access.SubscriptionAccess;
import app.konqer.server.billing.Payments;
import app.konqer.server.billing.PlanCatalog;
import app.konqer.server.billing.PlanTerms;
import app.konqer.server.billing.SubscriptionStates;
import app.konqer.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code invoice.payment_succeeded} and {@code invoice.payment_failed}: a payments row per invoice, for the user the
 * subscription (or else the Stripe customer) belongs to. A failed payment moves the subscription to {@code past_due};
 * a successful one settles a past-due or unpaid subscription. Both go through the ordered subscription state, so a
 * late event does not undo a newer one.
 */
final class InvoicePayment implements StripeEventHandler {
  private static final Logger log = LoggerFactory.getLogger(InvoicePayment.class);
  private static final String BY_SUBSCRIPTION = "SELECT id, user_id, plan FROM subscriptions WHERE stripe_subscription_id = ?";
  private static final String BY_CUSTOMER = "SELECT id AS user_id FROM users WHERE stripe_customer_id = ?";

  private final boolean succeeded;

  /**
   * Creates the handler.
   *
   * @param succeeded whether it handles {@code invoice.payment_succeeded}
   */
  InvoicePayment(boolean succeeded) {
    this.succeeded = succeeded;
  }

  @Override
  public void apply(Connection connection, StripeEvent event, Instant now) throws SQLException {
    StripeInvoice invoice = event.object(StripeInvoice.class);
    String subscription = invoice.subscriptionId();
    if (subscription != null) {
      boolean changed = succeeded
          ? SubscriptionStates.settle(connection, subscription, event.created(), now)
          : SubscriptionStates.record(connection, subscription,
              new SubscriptionStates.State("past_due", null, null, null), event.created(), now);
      if (changed) {
        Optional<UUID> user = SubscriptionStates.copyToSubscription(connection, subscription, now);
        if (user.isPresent()) {
          SubscriptionAccess.sync(connection, user.get(), now);
        }
      }
    }
    Optional<Payer> payer = payer(connection, subscription, invoice.customer());
    if (invoice.id() == null || payer.isEmpty()) {
      log.info("Invoice {} (event {}) belongs to no known subscription or customer; no payment recorded",
          invoice.id(), event.id());
      return;
    }
    Long amount = succeeded ? invoice.amountPaid() : invoice.amountDue();
    Payments.record(connection, new Payments.NewPayment(payer.get().userId(), payer.get().subscriptionId(),
        amount == null ? 0 : amount,
        invoice.currency() == null ? PlanTerms.CURRENCY : invoice.currency().toLowerCase(Locale.ROOT),
        succeeded ? PaymentStatus.SUCCEEDED : PaymentStatus.FAILED, invoice.id(), invoice.paymentIntent(), null,
        payer.get().description(), event.created()));
  }

  private static Optional<Payer> payer(Connection connection, String subscription, String customer)
      throws SQLException {
    if (subscription != null) {
      try (PreparedStatement select = connection.prepareStatement(BY_SUBSCRIPTION)) {
        select.setString(1, subscription);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            String description = PlanCatalog.byWireName(row.getString("plan")).map(PlanTerms::paymentDescription)
                .orElse(null);
            return Optional.of(new Payer(Rows.uuid(row, "user_id"), Rows.uuid(row, "id"), description));
          }
        }
      }
    }
    if (customer != null) {
      try (PreparedStatement select = connection.prepareStatement(BY_CUSTOMER)) {
        select.setString(1, customer);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            return Optional.of(new Payer(Rows.uuid(row, "user_id"), null, null));
          }
        }
      }
    }
    return Optional.empty();
  }

  private record Payer(UUID userId, UUID subscriptionId, String description) {}
}
