package app.konqer.server.admin;

import static app.konqer.sdk.model.SubscriptionStatus.ACTIVE;
import static app.konqer.sdk.model.SubscriptionStatus.CANCELED;
import static app.konqer.sdk.model.SubscriptionStatus.PAST_DUE;
import static app.konqer.sdk.model.SubscriptionStatus.TRIALING;
import static app.konqer.sdk.model.SubscriptionStatus.UNPAID;
import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.admin.PlanRevenue;
import app.konqer.sdk.billing.admin.RevenueReport;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /admin/metrics/mrr} over a mix of subscriptions in every state, at the server's clock. */
class RevenueMetricsTest {
  private static final Instant NOW = TestServer.START;
  private static final Instant MONTH_AGO = NOW.minus(Duration.ofDays(20));
  private static final Instant IN_A_MONTH = NOW.plus(Duration.ofDays(10));
  private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(300));
  private static final Instant IN_A_YEAR = NOW.plus(Duration.ofDays(65));
  private static final Instant ENDED = NOW.minus(Duration.ofDays(1));

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void onlyPaidSubscriptionsInTheirPeriodCountAndYearlyOnesAsATwelfth() {
    AdminSeed seed = new AdminSeed(server.database());
    UUID ada = seed.user("ada@example.com", YEAR_AGO);
    UUID bob = seed.user("bob@example.com", YEAR_AGO);
    UUID cy = seed.user("cy@example.com", YEAR_AGO);

    // Counted: active or past_due, inside the period (a cancel at period end counts until then).
    seed.subscription(ada, Plan.FOUNDING, ServiceId.COLD_DM, ACTIVE, YEAR_AGO, IN_A_YEAR, false);
    seed.subscription(ada, Plan.MONTHLY_SINGLE, ServiceId.COLD_DM, ACTIVE, MONTH_AGO, IN_A_MONTH, false);
    seed.subscription(bob, Plan.MONTHLY_SINGLE, ServiceId.BATTLECARDS, PAST_DUE, MONTH_AGO, IN_A_MONTH, false);
    seed.subscription(bob, Plan.MONTHLY_BUNDLE, ServiceId.COLD_DM, ACTIVE, MONTH_AGO, IN_A_MONTH, true);
    seed.subscription(cy, Plan.ANNUAL_SINGLE, ServiceId.WEBINAR, ACTIVE, YEAR_AGO, IN_A_YEAR, false);
    seed.subscription(cy, Plan.ANNUAL_BUNDLE, ServiceId.COLD_DM, ACTIVE, YEAR_AGO, IN_A_YEAR, false);
    // Not counted.
    seed.subscription(ada, Plan.FOUNDING, ServiceId.COLD_DM, CANCELED, YEAR_AGO, ENDED, true);
    seed.subscription(bob, Plan.MONTHLY_BUNDLE, ServiceId.COLD_DM, CANCELED, MONTH_AGO, IN_A_MONTH, false);
    seed.subscription(cy, Plan.ANNUAL_BUNDLE, ServiceId.COLD_DM, UNPAID, YEAR_AGO, IN_A_YEAR, false);
    seed.subscription(cy, Plan.MONTHLY_SINGLE, ServiceId.CAROUSEL, TRIALING, MONTH_AGO, IN_A_MONTH, false);
    seed.subscription(ada, Plan.MONTHLY_BUNDLE, ServiceId.COLD_DM, ACTIVE, MONTH_AGO, ENDED, false);
    seed.subscription(bob, Plan.ANNUAL_SINGLE, ServiceId.OBJECTION, ACTIVE, YEAR_AGO, ENDED, true);
    seed.subscription(bob, Plan.MONTHLY_SINGLE, ServiceId.PITCH_DECK, PAST_DUE, MONTH_AGO, NOW, false);

    RevenueReport report = revenue();

    assertThat(report.byPlan()).containsExactly(
        new PlanRevenue(Plan.FOUNDING, 1, 5_825),
        new PlanRevenue(Plan.MONTHLY_SINGLE, 2, 19_800),
        new PlanRevenue(Plan.MONTHLY_BUNDLE, 1, 39_900),
        new PlanRevenue(Plan.ANNUAL_SINGLE, 1, 8_250),
        new PlanRevenue(Plan.ANNUAL_BUNDLE, 1, 33_250));
    assertThat(report.mrrCents()).isEqualTo(107_025);
    assertThat(report.arrCents()).isEqualTo(69_900 + 2 * 9_900 * 12 + 39_900 * 12 + 99_000 + 399_000);
    assertThat(report.arrCents()).isEqualTo(report.mrrCents() * 12);
    assertThat(report.activeSubscriptions()).isEqualTo(6);
    assertThat(report.currency()).isEqualTo("eur");

    // Eleven days on, the monthly periods have ended: the renewal that would extend them has not arrived.
    server.clock().advance(Duration.ofDays(11));
    RevenueReport later = revenue();

    assertThat(later.byPlan()).extracting(PlanRevenue::count).containsExactly(1, 0, 0, 1, 1);
    assertThat(later.mrrCents()).isEqualTo(5_825 + 8_250 + 33_250);
  }

  private static RevenueReport revenue() {
    Reply reply = server.http().get("/admin/metrics/mrr", TestTokens.admin("kc-revenue-admin"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json(RevenueReport.class);
  }
}
