package app.konqer.server.billing.dev;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.billing.IdempotencyKeys;
import app.konqer.server.billing.PlanCatalog;
import app.konqer.server.billing.PlanTerms;
import app.konqer.server.billing.webhook.StripeCheckoutSession;
import com.squareup.moshi.JsonAdapter;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The events Stripe would send for a dev checkout, built as Stripe builds them and signed as Stripe signs them
 * ({@code Stripe-Signature: t=<seconds>,v1=<HMAC-SHA256 of "t.payload">}), so that they pass through the webhook's
 * verification like real ones. Ids are derived from the session, so confirming twice sends the same event.
 */
public final class DevStripeEvents {
  private static final JsonAdapter<Envelope> EVENTS = KonqerJson.create().adapter(Envelope.class);

  private DevStripeEvents() {}

  /**
   * A Stripe event envelope.
   *
   * @param id the event id
   * @param object always {@code event}
   * @param apiVersion the Stripe API version
   * @param created when it was created, in epoch seconds
   * @param livemode always {@code false}
   * @param type the event type
   * @param data the event's object
   */
  record Envelope(String id, String object, String apiVersion, long created, boolean livemode, String type,
      Data data) {}

  /**
   * The data of a {@code checkout.session.completed} event.
   *
   * @param object the checkout session
   */
  record Data(StripeCheckoutSession object) {}

  /**
   * The {@code checkout.session.completed} event of a confirmed dev session.
   *
   * @param session the session
   * @param now the confirmation time
   * @return the event's JSON
   */
  public static String checkoutCompleted(DevCheckoutSession session, Instant now) {
    PlanTerms terms = PlanCatalog.of(session.plan());
    String ref = IdempotencyKeys.sha256(session.id()).substring(0, 24);
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("user_id", session.userId().toString());
    metadata.put("plan", KonqerJson.wireName(session.plan()));
    if (session.service() != null) {
      metadata.put("service", session.service().id());
    }
    StripeCheckoutSession completed = new StripeCheckoutSession(session.id(), "checkout.session", "subscription",
        session.userId().toString(), customerId(session.userId()), "sub_dev_" + ref, "in_dev_" + ref, null,
        terms.amountCents(), PlanTerms.CURRENCY, "paid", metadata);
    return EVENTS.toJson(new Envelope("evt_dev_" + ref, "event", Stripe.API_VERSION, now.getEpochSecond(), false,
        "checkout.session.completed", new Data(completed)));
  }

  /**
   * The dev Stripe customer id of a user.
   *
   * @param userId the user
   * @return {@code cus_dev_...}
   */
  public static String customerId(UUID userId) {
    return "cus_dev_" + IdempotencyKeys.sha256(userId.toString()).substring(0, 24);
  }

  /**
   * The {@code Stripe-Signature} header of a payload, made with stripe-java's own HMAC.
   *
   * @param payload the payload
   * @param secret the webhook secret
   * @param now the signing time
   * @return the header value
   */
  public static String signature(String payload, String secret, Instant now) {
    long timestamp = now.getEpochSecond();
    try {
      return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
