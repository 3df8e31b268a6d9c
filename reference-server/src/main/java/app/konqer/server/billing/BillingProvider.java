package app.konqer.server.billing;

import app.konqer.sdk.billing.CheckoutSession;

/** Where purchases and cancellations are made: Stripe, or the server's own dev checkout. */
public interface BillingProvider {

  /**
   * Opens a checkout session. A retry with the same idempotency key gets the same session.
   *
   * @param order the validated order
   * @return where to send the buyer
   * @throws app.konqer.server.http.ApiError 409 {@code idempotency_key_reused} when the key was used for another
   *     order, 502 or 503 when the provider fails
   */
  CheckoutSession createCheckout(CheckoutOrder order);

  /**
   * Asks the provider to end a subscription at the end of its period.
   *
   * @param stripeSubscriptionId the subscription, {@code sub_...}
   * @param idempotencyKey a key that is the same for retries of this cancellation
   * @throws app.konqer.server.http.ApiError 502 or 503 when the provider fails
   */
  void cancelAtPeriodEnd(String stripeSubscriptionId, String idempotencyKey);
}
