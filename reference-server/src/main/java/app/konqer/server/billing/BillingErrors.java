package app.konqer.server.billing;

import app.konqer.server.http.ApiError;

/** The errors of the billing routes, each with its stable code. */
public final class BillingErrors {
  private static final String PROVIDER_RETRY_AFTER_SECONDS = "10";

  private BillingErrors() {}

  /** @return 503 {@code billing_not_configured}: no Stripe key and not in dev mode */
  public static ApiError notConfigured() {
    return new ApiError(503, "billing_not_configured", "Billing not configured",
        "This server takes no payments: it has no STRIPE_SECRET_KEY and does not run in dev mode");
  }

  /**
   * 409 {@code already_subscribed}.
   *
   * @param detail which subscription already covers the order
   * @return the error
   */
  public static ApiError alreadySubscribed(String detail) {
    return new ApiError(409, "already_subscribed", "Already subscribed", detail);
  }

  /** @return 409 {@code idempotency_key_reused}: the key was used for a different order */
  public static ApiError idempotencyKeyReused() {
    return new ApiError(409, "idempotency_key_reused", "Idempotency key reused",
        "This Idempotency-Key was already used for a different checkout; use a new key for a new order");
  }

  /** @return 400 {@code invalid_idempotency_key} */
  public static ApiError invalidIdempotencyKey() {
    return new ApiError(400, "invalid_idempotency_key", "Invalid idempotency key",
        "Idempotency-Key must be 1 to 255 visible ASCII characters");
  }

  /** @return 503 {@code payment_provider_unavailable}, with {@code Retry-After} */
  public static ApiError providerUnavailable() {
    return new ApiError(503, "payment_provider_unavailable", "Payment provider unavailable",
        "Stripe cannot be reached right now; retry later with the same Idempotency-Key")
        .withHeader("Retry-After", PROVIDER_RETRY_AFTER_SECONDS);
  }

  /** @return 502 {@code payment_provider_error}: Stripe refused the request */
  public static ApiError providerError() {
    return new ApiError(502, "payment_provider_error", "Payment provider error",
        "Stripe refused the request; quote the request id when you report it");
  }

  /** @return 404 {@code not_found} for a subscription the caller does not have */
  public static ApiError subscriptionNotFound() {
    return new ApiError(404, "not_found", "Not found", "You have no subscription with this id");
  }

  /** @return 404 {@code not_found} for an unknown dev checkout session */
  public static ApiError checkoutSessionNotFound() {
    return new ApiError(404, "not_found", "Not found", "No checkout session has this id");
  }
}
