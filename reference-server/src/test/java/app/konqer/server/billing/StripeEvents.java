package app.konqer.server.billing;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.testing.Http;
import app.konqer.server.testing.Reply;
import com.squareup.moshi.JsonAdapter;
import com.stripe.net.Webhook;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Stripe webhook events as Stripe sends them (API version 2025-03-31 and later: the period on the subscription
 * items, the subscription under the invoice's {@code parent}), signed with stripe-java's own HMAC helper.
 */
public final class StripeEvents {
  private static final JsonAdapter<Object> JSON = KonqerJson.create().adapter(Object.class);
  private static final MediaType APPLICATION_JSON = MediaType.get("application/json; charset=utf-8");

  private StripeEvents() {}

  public static String event(String id, String type, Instant created, Map<String, Object> object) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", id);
    event.put("object", "event");
    event.put("api_version", "2026-02-25.clover");
    event.put("created", created.getEpochSecond());
    event.put("livemode", false);
    event.put("pending_webhooks", 1);
    event.put("type", type);
    event.put("data", Map.of("object", object));
    return JSON.toJson(event);
  }

  public static Map<String, Object> checkoutSession(String sessionId, UUID userId, String plan, String service,
      String subscriptionId, String customerId, String invoiceId, long amountTotal) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("user_id", userId.toString());
    metadata.put("plan", plan);
    if (service != null) {
      metadata.put("service", service);
    }
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("id", sessionId);
    session.put("object", "checkout.session");
    session.put("mode", "subscription");
    session.put("client_reference_id", userId.toString());
    session.put("customer", customerId);
    session.put("subscription", subscriptionId);
    session.put("invoice", invoiceId);
    session.put("amount_total", amountTotal);
    session.put("currency", "eur");
    session.put("payment_status", "paid");
    session.put("status", "complete");
    session.put("metadata", metadata);
    return session;
  }

  public static Map<String, Object> subscription(String subscriptionId, String status, Instant periodStart,
      Instant periodEnd, boolean cancelAtPeriodEnd) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "si_" + subscriptionId);
    item.put("object", "subscription_item");
    item.put("current_period_start", periodStart.getEpochSecond());
    item.put("current_period_end", periodEnd.getEpochSecond());
    Map<String, Object> subscription = new LinkedHashMap<>();
    subscription.put("id", subscriptionId);
    subscription.put("object", "subscription");
    subscription.put("status", status);
    subscription.put("cancel_at_period_end", cancelAtPeriodEnd);
    subscription.put("items", Map.of("object", "list", "data", List.of(item)));
    return subscription;
  }

  public static Map<String, Object> invoice(String invoiceId, String subscriptionId, String customerId, long amountPaid,
      long amountDue) {
    Map<String, Object> invoice = new LinkedHashMap<>();
    invoice.put("id", invoiceId);
    invoice.put("object", "invoice");
    invoice.put("customer", customerId);
    invoice.put("amount_paid", amountPaid);
    invoice.put("amount_due", amountDue);
    invoice.put("currency", "eur");
    invoice.put("parent", Map.of("type", "subscription_details",
        "subscription_details", Map.of("subscription", subscriptionId)));
    return invoice;
  }

  /** The {@code Stripe-Signature} header Stripe would send, made with stripe-java's signing helper. */
  public static String sign(String payload, String secret, Instant at) {
    try {
      long t = at.getEpochSecond();
      return "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(secret, t + "." + payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Reply post(Http http, String payload, String signature) {
    var request = http.request("/webhooks/stripe").post(RequestBody.create(payload, APPLICATION_JSON));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return http.send(request);
  }
}
