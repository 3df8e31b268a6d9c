package app.konqer.sdk.billing.admin;

import java.util.List;

/**
 * Recurring revenue, as reported by {@code GET /admin/metrics/mrr}.
 *
 * <p>A subscription counts when it is active (one set to cancel at its period end included) or past due while Stripe
 * retries the payment, and its current period has not ended, as in Stripe's own MRR. Trialing, canceled, unpaid and
 * lapsed subscriptions do not count.
 *
 * <p>Amounts are the plans' list prices. Each is annualized exactly (a monthly price times 12, a yearly price as is);
 * {@code arrCents} is that exact sum and {@code mrrCents} is {@code arrCents / 12} rounded half up, once.
 *
 * @param mrrCents monthly recurring revenue in cents: {@code arrCents / 12}, rounded half up
 * @param arrCents annual recurring revenue in cents, exact
 * @param activeSubscriptions how many subscriptions count
 * @param byPlan the split by plan, one row per plan on sale
 * @param currency the ISO 4217 currency code in lower case, {@code eur}
 */
public record RevenueReport(
    long mrrCents, long arrCents, int activeSubscriptions, List<PlanRevenue> byPlan, String currency) {

  /** Copies {@code byPlan}; a missing list becomes empty. */
  public RevenueReport {
    byPlan = byPlan == null ? List.of() : List.copyOf(byPlan);
  }
}
