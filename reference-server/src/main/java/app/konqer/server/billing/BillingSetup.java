package app.konqer.server.billing;

import app.konqer.sdk.model.Plan;
import app.konqer.server.ServerConfig;
import com.stripe.StripeClient;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * How billing is set up: the mode, the secret webhook events are signed with, the Stripe client and prices, and the
 * server's public URL.
 *
 * @param mode where checkout happens
 * @param webhookSecret the secret {@code POST /webhooks/stripe} verifies signatures with, or {@code null} when none
 *     is configured (webhooks then answer 503)
 * @param stripe the Stripe client, in {@link BillingMode#STRIPE} only
 * @param prices the Stripe price id of each plan, in {@link BillingMode#STRIPE} only
 * @param publicUrl the server's public base URL, or {@code null} to use the request's
 */
public record BillingSetup(BillingMode mode, String webhookSecret, StripeClient stripe, Map<Plan, String> prices,
    URI publicUrl) {
  private static final int STRIPE_NETWORK_RETRIES = 2;

  /** Checks that the parts fit the mode. */
  public BillingSetup {
    Objects.requireNonNull(mode, "mode");
    prices = Map.copyOf(prices);
    if ((mode == BillingMode.STRIPE) != (stripe != null)) {
      throw new IllegalArgumentException("A Stripe client is needed in STRIPE mode, and only there");
    }
    if (mode != BillingMode.OFF && webhookSecret == null) {
      throw new IllegalArgumentException(mode + " mode needs a webhook secret");
    }
  }

  /**
   * Checkout through Stripe.
   *
   * @param stripe the Stripe client
   * @param webhookSecret the webhook endpoint's signing secret
   * @param prices the Stripe price id of every plan
   * @return the setup
   */
  public static BillingSetup stripe(StripeClient stripe, String webhookSecret, Map<Plan, String> prices) {
    return new BillingSetup(BillingMode.STRIPE, webhookSecret, stripe, prices, null);
  }

  /**
   * Checkout on the server's own page.
   *
   * @param webhookSecret the secret the page's synthetic events are signed with
   * @param publicUrl the server's public base URL, or {@code null} to use the request's
   * @return the setup
   */
  public static BillingSetup dev(String webhookSecret, URI publicUrl) {
    return new BillingSetup(BillingMode.DEV, webhookSecret, null, Map.of(), publicUrl);
  }

  /**
   * No checkout.
   *
   * @param webhookSecret a webhook secret, if one is configured, or {@code null}
   * @return the setup
   */
  public static BillingSetup off(String webhookSecret) {
    return new BillingSetup(BillingMode.OFF, webhookSecret, null, Map.of(), null);
  }

  /**
   * The setup the configuration asks for: Stripe with a secret key; otherwise the dev checkout in dev mode (signing
   * with {@code STRIPE_WEBHOOK_SECRET}, or a random secret); otherwise none.
   *
   * @param config the billing configuration
   * @param devMode whether the server runs in dev mode
   * @return the setup
   */
  public static BillingSetup fromConfig(ServerConfig.Billing config, boolean devMode) {
    if (config.stripeSecretKey() != null) {
      StripeClient client = stripeClient(config.stripeSecretKey(), config.stripeApiBase(),
          config.stripeConnectTimeout(), config.stripeReadTimeout());
      return new BillingSetup(BillingMode.STRIPE, config.webhookSecret(), client, config.prices(), config.publicUrl());
    }
    if (devMode) {
      String secret = config.webhookSecret() != null ? config.webhookSecret() : randomSecret();
      return dev(secret, config.publicUrl());
    }
    return off(config.webhookSecret());
  }

  /**
   * A Stripe client for an API base, as production builds it: short timeouts, and two retries of network failures
   * and of the responses Stripe marks retryable (every call carries an idempotency key, so a retry is safe).
   *
   * @param secretKey the secret key
   * @param apiBase the API's base URL
   * @return the client
   */
  public static StripeClient stripeClient(String secretKey, URI apiBase) {
    return stripeClient(secretKey, apiBase, ServerConfig.Billing.DEFAULT_STRIPE_CONNECT_TIMEOUT,
        ServerConfig.Billing.DEFAULT_STRIPE_READ_TIMEOUT);
  }

  /**
   * A Stripe client for an API base with given timeouts, and two retries as above. One call takes at most three
   * times the connect and read timeouts, plus stripe-java's short backoff between the attempts.
   *
   * @param secretKey the secret key
   * @param apiBase the API's base URL
   * @param connectTimeout the limit to open a connection
   * @param readTimeout the limit for the answer to one request
   * @return the client
   */
  public static StripeClient stripeClient(String secretKey, URI apiBase, Duration connectTimeout,
      Duration readTimeout) {
    return StripeClient.builder()
        .setApiKey(secretKey)
        .setApiBase(stripBase(apiBase))
        .setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()))
        .setReadTimeout(Math.toIntExact(readTimeout.toMillis()))
        .setMaxNetworkRetries(STRIPE_NETWORK_RETRIES)
        .build();
  }

  private static String stripBase(URI base) {
    String text = base.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return "whsec_dev_" + HexFormat.of().formatHex(bytes);
  }

  @Override
  public String toString() {
    return "BillingSetup[mode=" + mode + ", publicUrl=" + publicUrl + "]";
  }
}
