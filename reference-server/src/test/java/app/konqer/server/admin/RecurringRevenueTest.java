package app.konqer.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.BillingInterval;
import app.konqer.sdk.billing.PlanAccess;
import app.konqer.sdk.billing.admin.PlanRevenue;
import app.konqer.sdk.billing.admin.RevenueReport;
import app.konqer.sdk.model.Plan;
import app.konqer.server.billing.PlanTerms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecurringRevenueTest {

  @Test
  void withNoSubscriptionsEveryPlanHasAZeroRow() {
    RevenueReport report = RecurringRevenue.report(Map.of());

    assertThat(report.mrrCents()).isZero();
    assertThat(report.arrCents()).isZero();
    assertThat(report.activeSubscriptions()).isZero();
    assertThat(report.currency()).isEqualTo("eur");
    assertThat(report.byPlan()).containsExactly(
        new PlanRevenue(Plan.FOUNDING, 0, 0),
        new PlanRevenue(Plan.MONTHLY_SINGLE, 0, 0),
        new PlanRevenue(Plan.MONTHLY_BUNDLE, 0, 0),
        new PlanRevenue(Plan.ANNUAL_SINGLE, 0, 0),
        new PlanRevenue(Plan.ANNUAL_BUNDLE, 0, 0));
  }

  @Test
  void yearlyPlansCountAsATwelfthAndMonthlyPlansInFull() {
    RevenueReport report = RecurringRevenue.report(Map.of(Plan.FOUNDING, 3L, Plan.MONTHLY_SINGLE, 2L));

    assertThat(report.byPlan()).contains(
        new PlanRevenue(Plan.FOUNDING, 3, 17_475),
        new PlanRevenue(Plan.MONTHLY_SINGLE, 2, 19_800));
    assertThat(report.mrrCents()).isEqualTo(37_275);
    assertThat(report.arrCents()).isEqualTo(3 * 69_900 + 2 * 9_900 * 12);
    assertThat(report.activeSubscriptions()).isEqualTo(5);
  }

  @Test
  void theTotalIsRoundedOnceFromTheExactAnnualSum() {
    List<PlanTerms> catalog = List.of(
        new PlanTerms(Plan.ANNUAL_SINGLE, "A", 100, BillingInterval.YEAR, PlanAccess.SINGLE_SERVICE),
        new PlanTerms(Plan.ANNUAL_BUNDLE, "B", 66, BillingInterval.YEAR, PlanAccess.ALL_SERVICES),
        new PlanTerms(Plan.MONTHLY_SINGLE, "C", 7, BillingInterval.MONTH, PlanAccess.SINGLE_SERVICE));

    RevenueReport report = RecurringRevenue.report(catalog,
        Map.of(Plan.ANNUAL_SINGLE, 2L, Plan.ANNUAL_BUNDLE, 1L, Plan.MONTHLY_SINGLE, 1L));

    // 200/12 = 16.67 -> 17; 66/12 = 5.5 -> 6 (half up); 84/12 = 7. Total 350/12 = 29.17 -> 29, not 17 + 6 + 7.
    assertThat(report.byPlan()).containsExactly(
        new PlanRevenue(Plan.ANNUAL_SINGLE, 2, 17),
        new PlanRevenue(Plan.ANNUAL_BUNDLE, 1, 6),
        new PlanRevenue(Plan.MONTHLY_SINGLE, 1, 7));
    assertThat(report.arrCents()).isEqualTo(350);
    assertThat(report.mrrCents()).isEqualTo(29);
  }
}
