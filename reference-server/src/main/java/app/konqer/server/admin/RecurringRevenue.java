package app.konqer.server.admin;

import app.konqer.sdk.billing.BillingInterval;
import app.konqer.sdk.billing.admin.PlanRevenue;
import app.konqer.sdk.billing.admin.RevenueReport;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.server.billing.PlanCatalog;
import app.konqer.server.billing.PlanTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recurring-revenue arithmetic of {@code GET /admin/metrics/mrr}, from the number of subscriptions that count per
 * plan and the prices of {@link PlanCatalog}.
 *
 * <p>Which subscriptions count (the rule Stripe's own MRR uses): those whose status is {@link #COUNTED} ({@code active},
 * including one set to cancel at its period end, and {@code past_due} while Stripe retries the payment) and whose
 * current period has not ended. Trialing subscriptions have paid nothing yet and do not count; canceled and unpaid
 * ones are churned revenue and do not count, even while a canceled one's paid period still grants access.
 *
 * <p>Rounding: every amount is first annualized exactly, in whole cents (a monthly price times 12, a yearly price as
 * is), so {@code arr_cents} is exact. {@code mrr_cents} is {@code arr_cents / 12} rounded half up, once, at the end;
 * each plan's {@code mrr_cents} is its own annualized sum divided by 12 and rounded the same way. With today's prices
 * every yearly price is a multiple of 12 cents, so nothing is rounded; with other prices the plan rows may differ from
 * the total by less than a cent each.
 */
public final class RecurringRevenue {
  /** The statuses whose subscriptions count, while their period lasts. */
  public static final Set<SubscriptionStatus> COUNTED = Set.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE);

  private static final long MONTHS_PER_YEAR = 12;

  private RecurringRevenue() {}

  /**
   * The report for a number of counted subscriptions per plan.
   *
   * @param counted how many subscriptions count, per plan; plans that are missing have none
   * @return the report, with one row per plan on sale in catalog order
   */
  public static RevenueReport report(Map<Plan, Long> counted) {
    return report(PlanCatalog.PLANS, counted);
  }

  /**
   * The report for a number of counted subscriptions per plan, at the prices of a catalog.
   *
   * @param catalog the plans on sale, in report order
   * @param counted how many subscriptions count, per plan
   * @return the report
   */
  static RevenueReport report(List<PlanTerms> catalog, Map<Plan, Long> counted) {
    List<PlanRevenue> byPlan = new ArrayList<>(catalog.size());
    long arr = 0;
    long subscriptions = 0;
    for (PlanTerms terms : catalog) {
      long count = counted.getOrDefault(terms.plan(), 0L);
      long annualized = Math.multiplyExact(annualCents(terms), count);
      arr = Math.addExact(arr, annualized);
      subscriptions += count;
      byPlan.add(new PlanRevenue(terms.plan(), Math.toIntExact(count), monthly(annualized)));
    }
    return new RevenueReport(monthly(arr), arr, Math.toIntExact(subscriptions), byPlan, PlanTerms.CURRENCY);
  }

  /** What one subscription to a plan brings in a year, in cents. */
  static long annualCents(PlanTerms terms) {
    if (terms.interval() == BillingInterval.YEAR) {
      return terms.amountCents();
    }
    if (terms.interval() == BillingInterval.MONTH) {
      return Math.multiplyExact(terms.amountCents(), MONTHS_PER_YEAR);
    }
    throw new IllegalStateException("Plan " + terms.plan() + " has no known billing interval");
  }

  /** A year's cents as a month's, rounded half up. */
  private static long monthly(long annualCents) {
    return (annualCents + MONTHS_PER_YEAR / 2) / MONTHS_PER_YEAR;
  }
}
