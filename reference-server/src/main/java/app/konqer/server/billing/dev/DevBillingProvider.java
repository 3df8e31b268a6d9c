package app.konqer.server.billing.dev;

import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.server.billing.BillingErrors;
import app.konqer.server.billing.BillingProvider;
import app.konqer.server.billing.CheckoutOrder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Dev mode's stand-in for Stripe Checkout: a session is a row of {@code dev_checkout_sessions}, and its URL is the
 * server's own checkout page. The session id is an HMAC of the user and the client's idempotency key under the
 * server's webhook secret: a retried request gets the same session, and nobody can guess another user's. Cancellation
 * has nothing to tell anyone, so it is recorded locally only.
 */
public final class DevBillingProvider implements BillingProvider {
  /** The path of the checkout page, followed by the session id. */
  public static final String PAGE_PATH = "/checkout/dev/";

  private final DevCheckoutSessions sessions;
  private final String secret;
  private final Clock clock;

  /**
   * Creates the provider.
   *
   * @param sessions the sessions
   * @param secret the webhook secret, which also keys the session ids
   * @param clock the current time
   */
  public DevBillingProvider(DevCheckoutSessions sessions, String secret, Clock clock) {
    this.sessions = sessions;
    this.secret = secret;
    this.clock = clock;
  }

  @Override
  public CheckoutSession createCheckout(CheckoutOrder order) {
    DevCheckoutSession wanted = new DevCheckoutSession(sessionId(order), order.userId(), order.terms().plan(),
        order.service(), order.successUrl(), order.cancelUrl(), clock.instant(), null);
    DevCheckoutSession stored = sessions.open(wanted);
    if (!stored.sameOrder(wanted)) {
      throw BillingErrors.idempotencyKeyReused();
    }
    String base = order.serverUrl().toString().replaceAll("/+$", "");
    return new CheckoutSession(base + PAGE_PATH + stored.id(), stored.id());
  }

  @Override
  public void cancelAtPeriodEnd(String stripeSubscriptionId, String idempotencyKey) {
    // No provider to tell: the cancellation is recorded locally by the caller.
  }

  private String sessionId(CheckoutOrder order) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = hmac.doFinal(("dev-checkout\n" + order.userId() + "\n" + order.idempotencyKey())
          .getBytes(StandardCharsets.UTF_8));
      return "cs_dev_" + HexFormat.of().formatHex(digest, 0, 20);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
