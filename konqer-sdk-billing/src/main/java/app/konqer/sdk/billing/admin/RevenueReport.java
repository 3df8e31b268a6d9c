package app.konqer.sdk.billing.admin;

import java.util.List;

/**
 * Recurring revenue, as reported by {@code GET /admin/metrics/mrr}.
 *
 * <p>Only subscriptions that are active (or trialing, or past due while Stripe retries) and whose period has not
 * ended count. Canceled, unpaid and lapsed subscriptions do not.
 *
 * @param mrrCents monthly recurring revenue in cents
 * @param arrCents annual recurring revenue in cents: {@code mrrCents * 12}
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
