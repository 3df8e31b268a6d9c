package app.konqer.server.billing.webhook;

import app.konqer.sdk.billing.PaymentStatus;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.billing.PlanCatalog;
import app.konqer.server.billing.PlanTerms;
import app.konqer.server.billing.Purchase;
import app.konqer.server.billing.Purchases;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code checkout.session.completed}: a purchase. A session that is not one of Konqer's subscription checkouts (no
 * subscription, no Konqer user or plan in its metadata) is ignored.
 */
final class CheckoutCompleted implements StripeEventHandler {
  private static final Logger log = LoggerFactory.getLogger(CheckoutCompleted.class);

  @Override
  public void apply(Connection connection, StripeEvent event, Instant now) throws SQLException {
    StripeCheckoutSession session = event.object(StripeCheckoutSession.class);
    Optional<Purchase> purchase = purchase(session, event.created());
    if (purchase.isEmpty()) {
      log.info("Checkout session {} (event {}) is not a Konqer subscription checkout; ignored", session.id(),
          event.id());
      return;
    }
    Purchases.record(connection, purchase.get(), now);
  }

  static Optional<Purchase> purchase(StripeCheckoutSession session, Instant created) {
    Map<String, String> metadata = session.metadata() == null ? Map.of() : session.metadata();
    Optional<UUID> user = uuid(session.clientReferenceId() != null ? session.clientReferenceId()
        : metadata.get("user_id"));
    Optional<PlanTerms> terms = PlanCatalog.byWireName(metadata.get("plan"));
    if (!"subscription".equals(session.mode()) || session.subscription() == null || user.isEmpty()
        || terms.isEmpty()) {
      return Optional.empty();
    }
    ServiceId service = ServiceId.fromId(metadata.get("service")).orElse(null);
    if (terms.get().singleService() != (service != null)) {
      return Optional.empty();
    }
    long amount = session.amountTotal() != null ? session.amountTotal() : terms.get().amountCents();
    String currency = session.currency() != null ? session.currency().toLowerCase(Locale.ROOT) : PlanTerms.CURRENCY;
    PaymentStatus status = "unpaid".equals(session.paymentStatus()) ? PaymentStatus.PENDING : PaymentStatus.SUCCEEDED;
    return Optional.of(new Purchase(user.get(), terms.get(), service, session.subscription(), session.customer(),
        session.id(), session.invoice(), session.paymentIntent(), amount, currency, status, created));
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
