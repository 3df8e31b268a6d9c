package app.konqer.server.billing.dev;

import app.konqer.sdk.model.Subscription;
import app.konqer.server.billing.BillingErrors;
import app.konqer.server.billing.CheckoutRoutes;
import app.konqer.server.billing.PlanCatalog;
import app.konqer.server.billing.Subscriptions;
import app.konqer.server.billing.webhook.StripeWebhook;
import app.konqer.server.db.Database;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;

/**
 * The dev checkout page, public because its session id is the secret:
 *
 * <ul>
 *   <li>{@code GET /checkout/dev/{session_id}}: the page, with the plan, its price and a Confirm button;</li>
 *   <li>{@code POST /checkout/dev/{session_id}/confirm}: completes the purchase by sending a signed
 *       {@code checkout.session.completed} event through the Stripe webhook's own code, signature check included.
 *       A browser (one that accepts {@code text/html}) is then sent to the success URL with a 303; any other caller
 *       gets the subscription as JSON. Confirming again sends the same event, which changes nothing.</li>
 * </ul>
 */
public final class DevCheckoutRoutes {
  private static final String SERVICE_NAME = "SELECT name FROM service_configs WHERE service = ?";

  private final DevCheckoutSessions sessions;
  private final StripeWebhook webhook;
  private final Subscriptions subscriptions;
  private final Database database;
  private final String secret;
  private final Clock clock;

  /**
   * Creates the routes.
   *
   * @param sessions the dev sessions
   * @param webhook the Stripe webhook the confirmation goes through
   * @param subscriptions the subscriptions
   * @param database the database
   * @param secret the webhook secret events are signed with
   * @param clock the current time
   */
  public DevCheckoutRoutes(DevCheckoutSessions sessions, StripeWebhook webhook, Subscriptions subscriptions,
      Database database, String secret, Clock clock) {
    this.sessions = sessions;
    this.webhook = webhook;
    this.subscriptions = subscriptions;
    this.database = database;
    this.secret = secret;
    this.clock = clock;
  }

  /**
   * {@code GET /checkout/dev/{session_id}}.
   *
   * @param ctx the request
   */
  public void page(Context ctx) {
    DevCheckoutSession session = session(ctx);
    noStore(ctx);
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    ctx.html(DevCheckoutPage.render(session, PlanCatalog.of(session.plan()), serviceName(session)));
  }

  /**
   * {@code POST /checkout/dev/{session_id}/confirm}.
   *
   * @param ctx the request
   */
  public void confirm(Context ctx) {
    DevCheckoutSession session = session(ctx);
    Instant now = clock.instant();
    String payload = DevStripeEvents.checkoutCompleted(session, session.completedAt() != null
        ? session.completedAt() : now);
    webhook.receive(payload, DevStripeEvents.signature(payload, secret, now));
    sessions.complete(session.id(), now);
    noStore(ctx);
    if (acceptsHtml(ctx)) {
      ctx.redirect(session.successUrl().replace(CheckoutRoutes.SESSION_ID_PLACEHOLDER, session.id()), HttpStatus.SEE_OTHER);
      return;
    }
    Subscription subscription = subscriptions.byCheckoutSession(session.id())
        .orElseThrow(() -> new IllegalStateException("Checkout " + session.id() + " completed without a subscription"));
    ctx.json(subscription);
  }

  private DevCheckoutSession session(Context ctx) {
    return sessions.find(ctx.pathParam("session_id")).orElseThrow(BillingErrors::checkoutSessionNotFound);
  }

  private String serviceName(DevCheckoutSession session) {
    if (session.service() == null) {
      return null;
    }
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(SERVICE_NAME)) {
        select.setString(1, session.service().id());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getString(1) : session.service().id();
        }
      }
    });
  }

  private static boolean acceptsHtml(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }

  private static void noStore(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
