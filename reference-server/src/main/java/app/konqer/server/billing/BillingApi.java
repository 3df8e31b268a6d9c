package app.konqer.server.billing;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.billing.dev.DevBillingProvider;
import app.konqer.server.billing.dev.DevCheckoutRoutes;
import app.konqer.server.billing.dev.DevCheckoutSessions;
import app.konqer.server.billing.stripe.StripeBillingProvider;
import app.konqer.server.billing.webhook.StripeWebhook;
import app.konqer.server.db.Database;
import app.konqer.server.idempotency.IdempotencyStore;
import app.konqer.server.user.SubscriptionRepository;
import com.squareup.moshi.Moshi;
import java.time.Clock;

/**
 * The billing routes, built for the configured {@link BillingMode}.
 *
 * @param billing plans, subscriptions and payments
 * @param checkout checkout sessions
 * @param webhook the Stripe webhook
 * @param devCheckout the dev checkout page, in {@link BillingMode#DEV} only; otherwise {@code null}
 */
public record BillingApi(BillingRoutes billing, CheckoutRoutes checkout, StripeWebhook webhook,
    DevCheckoutRoutes devCheckout) {

  /**
   * Builds the routes.
   *
   * @param database the database
   * @param clock the current time
   * @param setup how billing is set up
   * @return the routes
   */
  public static BillingApi create(Database database, Clock clock, BillingSetup setup) {
    Subscriptions subscriptions = new Subscriptions(database);
    Moshi moshi = KonqerJson.create();
    StripeWebhook webhook = new StripeWebhook(database, setup.webhookSecret(), clock);
    DevCheckoutSessions devSessions = new DevCheckoutSessions(database);
    BillingProvider provider = switch (setup.mode()) {
      case STRIPE -> new StripeBillingProvider(setup.stripe(), setup.prices());
      case DEV -> new DevBillingProvider(devSessions, setup.webhookSecret(), clock);
      case OFF -> null;
    };
    DevCheckoutRoutes devCheckout = setup.mode() == BillingMode.DEV
        ? new DevCheckoutRoutes(devSessions, webhook, subscriptions, database, setup.webhookSecret(), clock)
        : null;
    return new BillingApi(
        new BillingRoutes(new SubscriptionRepository(database), subscriptions, new Payments(database), provider, clock),
        new CheckoutRoutes(provider, subscriptions, database, setup.publicUrl(),
            new IdempotencyStore(database, clock, moshi), moshi),
        webhook,
        devCheckout);
  }
}
