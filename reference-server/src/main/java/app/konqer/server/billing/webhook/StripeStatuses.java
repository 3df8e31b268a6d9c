package app.konqer.server.billing.webhook;

import java.util.Map;
import java.util.Optional;

/**
 * Stripe's subscription statuses as Konqer's. A subscription that never got paid ({@code incomplete}) or is paused
 * has no access, like an unpaid one; an expired incomplete one has ended, like a canceled one.
 */
final class StripeStatuses {
  private static final Map<String, String> LOCAL = Map.of(
      "active", "active",
      "trialing", "trialing",
      "past_due", "past_due",
      "unpaid", "unpaid",
      "canceled", "canceled",
      "incomplete", "unpaid",
      "incomplete_expired", "canceled",
      "paused", "unpaid");

  private StripeStatuses() {}

  static Optional<String> local(String stripeStatus) {
    return Optional.ofNullable(stripeStatus == null ? null : LOCAL.get(stripeStatus));
  }
}
