package app.konqer.server.billing;

import static app.konqer.sdk.billing.BillingInterval.MONTH;
import static app.konqer.sdk.billing.BillingInterval.YEAR;
import static app.konqer.sdk.billing.PlanAccess.ALL_SERVICES;
import static app.konqer.sdk.billing.PlanAccess.ROLLING_UNLOCK;
import static app.konqer.sdk.billing.PlanAccess.SINGLE_SERVICE;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import java.util.List;
import java.util.Optional;

/** The five plans on sale, in the order {@code GET /billing/plans} lists them. Amounts are in euro cents. */
public final class PlanCatalog {
  /** Every plan. */
  public static final List<PlanTerms> PLANS = List.of(
      new PlanTerms(Plan.FOUNDING, "Founding member", 69_900, YEAR, ROLLING_UNLOCK),
      new PlanTerms(Plan.MONTHLY_SINGLE, "Single service", 9_900, MONTH, SINGLE_SERVICE),
      new PlanTerms(Plan.MONTHLY_BUNDLE, "All 12 services", 39_900, MONTH, ALL_SERVICES),
      new PlanTerms(Plan.ANNUAL_SINGLE, "Single service", 99_000, YEAR, SINGLE_SERVICE),
      new PlanTerms(Plan.ANNUAL_BUNDLE, "All 12 services", 399_000, YEAR, ALL_SERVICES));

  private PlanCatalog() {}

  /**
   * The terms of a plan.
   *
   * @param plan the plan
   * @return its terms, or empty for {@link Plan#UNKNOWN}
   */
  public static Optional<PlanTerms> find(Plan plan) {
    return PLANS.stream().filter(terms -> terms.plan() == plan).findFirst();
  }

  /**
   * The terms of a plan by its wire name.
   *
   * @param wireName a name such as {@code monthly_bundle}, or {@code null}
   * @return its terms, or empty when no plan has that name
   */
  public static Optional<PlanTerms> byWireName(String wireName) {
    return PLANS.stream().filter(terms -> KonqerJson.wireName(terms.plan()).equals(wireName)).findFirst();
  }

  /**
   * The terms of a plan that is known to be on sale.
   *
   * @param plan the plan
   * @return its terms
   * @throws IllegalArgumentException for {@link Plan#UNKNOWN}
   */
  public static PlanTerms of(Plan plan) {
    return find(plan).orElseThrow(() -> new IllegalArgumentException("No such plan: " + plan));
  }
}
