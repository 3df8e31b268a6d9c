package app.konqer.server.billing.webhook;

import app.konqer.server.billing.BillingErrors;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.http.ApiError;
import app.konqer.server.http.Bodies;
import app.konqer.server.http.HttpErrors;
import app.konqer.server.http.JsonText;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/stripe}: Stripe's events, verified and applied once each.
 *
 * <ol>
 *   <li>The body must be one strict JSON object in UTF-8 whose text can be stored, or it is a 400
 *       {@code bad_request} (stripe-java's own parser is lenient: it would take comments, single quotes and raw
 *       control characters).</li>
 *   <li>The {@code Stripe-Signature} header is verified with stripe-java against the raw body: HMAC-SHA256 with the
 *       endpoint's secret, compared in constant time, and a timestamp at most 5 minutes old by the server's clock.
 *       A bad or stale signature is a 400 {@code invalid_signature}.</li>
 *   <li>A type Konqer does not handle is acknowledged and ignored.</li>
 *   <li>Otherwise, in one transaction, the event id is inserted into {@code stripe_events}
 *       ({@code ON CONFLICT DO NOTHING}) and, if it was new, the event is applied. A redelivered event finds its id
 *       and changes nothing; a concurrent redelivery waits on the id's row and then finds it. If applying fails, the
 *       id is rolled back with the effects, the answer is an error, and Stripe delivers the event again.</li>
 * </ol>
 *
 * <p>All the work is database work in that one transaction, so Stripe gets its 2xx quickly. The dev checkout sends its
 * synthetic events through {@link #receive} too, signature included.
 */
public final class StripeWebhook {
  /** How old a signature's timestamp may be, in seconds. */
  public static final long TOLERANCE_SECONDS = 300;
  /** The signature header. */
  public static final String SIGNATURE_HEADER = "Stripe-Signature";

  private static final Logger log = LoggerFactory.getLogger(StripeWebhook.class);
  private static final String RECORD = """
      INSERT INTO stripe_events (id, type, created, processed_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING""";

  private final Database database;
  private final String secret;
  private final Clock clock;
  private final Map<String, StripeEventHandler> handlers;

  /**
   * Creates the endpoint.
   *
   * @param database the database
   * @param secret the endpoint's signing secret, or {@code null} when none is configured (every event is then
   *     refused with 503)
   * @param clock the current time, for the signature's tolerance and the records
   */
  public StripeWebhook(Database database, String secret, Clock clock) {
    this.database = database;
    this.secret = secret;
    this.clock = clock;
    StripeEventHandler updated = new SubscriptionChanged(false);
    this.handlers = Map.of(
        "checkout.session.completed", new CheckoutCompleted(),
        "customer.subscription.created", updated,
        "customer.subscription.updated", updated,
        "customer.subscription.deleted", new SubscriptionChanged(true),
        "invoice.payment_succeeded", new InvoicePayment(true),
        "invoice.payment_failed", new InvoicePayment(false));
  }

  /**
   * {@code POST /webhooks/stripe}.
   *
   * @param ctx the request
   */
  public void handle(Context ctx) {
    long maxBytes = ctx.appData(Bodies.KEY).maxBytes();
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw HttpErrors.payloadTooLarge(maxBytes);
    }
    byte[] body = ctx.bodyAsBytes();
    if (!JsonText.isStorableObject(body)) {
      throw HttpErrors.badRequest("The body is not a Stripe event: one JSON object in UTF-8, without NUL characters"
          + " or unpaired surrogates");
    }
    String payload = new String(body, StandardCharsets.UTF_8);
    ctx.json(new WebhookReceipt(true, receive(payload, ctx.header(SIGNATURE_HEADER))));
  }

  /**
   * Verifies and applies one event.
   *
   * @param payload the raw request body
   * @param signature the {@code Stripe-Signature} header, or {@code null}
   * @return what became of the event
   * @throws ApiError 400 {@code invalid_signature} for a missing, bad or stale signature; 400 {@code bad_request}
   *     for a payload that is not an event; 503 {@code billing_not_configured} without a secret
   */
  public WebhookOutcome receive(String payload, String signature) {
    if (secret == null) {
      throw BillingErrors.notConfigured();
    }
    if (signature == null || signature.isBlank()) {
      throw invalidSignature("The Stripe-Signature header is missing");
    }
    Event verified;
    try {
      verified = Webhook.constructEvent(payload, signature, secret, TOLERANCE_SECONDS, clock);
    } catch (SignatureVerificationException e) {
      throw invalidSignature(e.getMessage());
    } catch (RuntimeException e) {
      throw HttpErrors.badRequest("The body is not a Stripe event, or the Stripe-Signature header is malformed");
    }
    if (verified.getId() == null || verified.getType() == null || verified.getCreated() == null) {
      throw HttpErrors.badRequest("The event has no id, type or created time");
    }
    StripeEventHandler handler = handlers.get(verified.getType());
    if (handler == null) {
      log.debug("Stripe event {} of type {} ignored", verified.getId(), verified.getType());
      return WebhookOutcome.IGNORED;
    }
    StripeEvent event = new StripeEvent(verified.getId(), verified.getType(),
        Instant.ofEpochSecond(verified.getCreated()), objectJson(verified));
    return apply(event, handler);
  }

  private static String objectJson(Event event) {
    try {
      return event.getDataObjectDeserializer().getRawJson();
    } catch (RuntimeException e) {
      throw HttpErrors.badRequest("The " + event.getType() + " event " + event.getId() + " has no data object");
    }
  }

  private WebhookOutcome apply(StripeEvent event, StripeEventHandler handler) {
    Instant now = clock.instant();
    WebhookOutcome outcome = database.transaction(connection -> {
      try (PreparedStatement record = connection.prepareStatement(RECORD)) {
        record.setString(1, event.id());
        record.setString(2, event.type());
        Rows.setInstant(record, 3, event.created());
        Rows.setInstant(record, 4, now);
        if (record.executeUpdate() == 0) {
          return WebhookOutcome.DUPLICATE;
        }
      }
      handler.apply(connection, event, now);
      return WebhookOutcome.PROCESSED;
    });
    log.info("Stripe event {} ({}): {}", event.id(), event.type(), outcome.name().toLowerCase(Locale.ROOT));
    return outcome;
  }

  private static ApiError invalidSignature(String detail) {
    return new ApiError(400, "invalid_signature", "Invalid signature", detail);
  }
}
