package app.konqer.server.billing.stripe;

import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.server.billing.BillingErrors;
import app.konqer.server.billing.BillingProvider;
import app.konqer.server.billing.CheckoutOrder;
import app.konqer.server.billing.IdempotencyKeys;
import app.konqer.server.http.ApiError;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkout and cancellation through the Stripe API (stripe-java's {@link StripeClient}).
 *
 * <p>A checkout session is a subscription-mode session for the plan's price. It carries the user id as
 * {@code client_reference_id} and {@code user_id}, {@code plan} and {@code service} as metadata, on the session and
 * on the subscription it creates, so every later webhook event can be tied to the user. A known Stripe customer is
 * reused; otherwise Stripe creates one for the user's e-mail address.
 */
public final class StripeBillingProvider implements BillingProvider {
  private static final Logger log = LoggerFactory.getLogger(StripeBillingProvider.class);

  private final StripeClient stripe;
  private final Map<Plan, String> prices;

  /**
   * Creates the provider.
   *
   * @param stripe the Stripe client
   * @param prices the Stripe price id of each plan
   */
  public StripeBillingProvider(StripeClient stripe, Map<Plan, String> prices) {
    this.stripe = stripe;
    this.prices = Map.copyOf(prices);
  }

  @Override
  public CheckoutSession createCheckout(CheckoutOrder order) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("user_id", order.userId().toString());
    metadata.put("plan", KonqerJson.wireName(order.terms().plan()));
    if (order.service() != null) {
      metadata.put("service", order.service().id());
    }
    SessionCreateParams.Builder params = SessionCreateParams.builder()
        .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
        .addLineItem(SessionCreateParams.LineItem.builder()
            .setPrice(prices.get(order.terms().plan()))
            .setQuantity(1L)
            .build())
        .setClientReferenceId(order.userId().toString())
        .putAllMetadata(metadata)
        .setSubscriptionData(SessionCreateParams.SubscriptionData.builder().putAllMetadata(metadata).build())
        .setSuccessUrl(order.successUrl())
        .setCancelUrl(order.cancelUrl());
    if (order.stripeCustomerId() != null) {
      params.setCustomer(order.stripeCustomerId());
    } else if (order.email() != null) {
      params.setCustomerEmail(order.email());
    }
    RequestOptions options = RequestOptions.builder()
        .setIdempotencyKey(IdempotencyKeys.checkout(order.userId(), order.idempotencyKey()))
        .build();
    try {
      Session session = stripe.v1().checkout().sessions().create(params.build(), options);
      return new CheckoutSession(session.getUrl(), session.getId());
    } catch (IdempotencyException e) {
      throw BillingErrors.idempotencyKeyReused();
    } catch (StripeException e) {
      throw failure("Creating a checkout session", e);
    }
  }

  @Override
  public void cancelAtPeriodEnd(String stripeSubscriptionId, String idempotencyKey) {
    SubscriptionUpdateParams params = SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(true).build();
    RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    try {
      stripe.v1().subscriptions().update(stripeSubscriptionId, params, options);
    } catch (StripeException e) {
      throw failure("Canceling subscription " + stripeSubscriptionId, e);
    }
  }

  private static ApiError failure(String action, StripeException e) {
    boolean retryable = e instanceof ApiConnectionException || e instanceof RateLimitException
        || (e.getStatusCode() != null && e.getStatusCode() >= 500);
    log.warn("{} failed at Stripe: {} (status {}, code {}, request {})", action, e.getClass().getSimpleName(),
        e.getStatusCode(), e.getCode(), e.getRequestId());
    return (retryable ? BillingErrors.providerUnavailable() : BillingErrors.providerError()).withCause(e);
  }
}
