package app.konqer.sdk.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.admin.DailyGenerations;
import app.konqer.sdk.billing.admin.PlanRevenue;
import app.konqer.sdk.billing.admin.RevenueReport;
import app.konqer.sdk.billing.admin.ServiceSettingsPatch;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingWireTest {
  private final Moshi moshi = KonqerJson.create();

  @Test
  void checkoutRequestUsesWireNames() {
    CheckoutRequest request = CheckoutRequest.builder(Plan.MONTHLY_SINGLE)
        .service(ServiceId.COLD_DM)
        .successUrl("https://crm.example.com/ok")
        .cancelUrl("https://crm.example.com/cancel")
        .build();

    assertThat(moshi.adapter(CheckoutRequest.class).toJson(request)).isEqualTo(
        "{\"plan\":\"monthly_single\",\"service\":\"cold-dm\",\"success_url\":\"https://crm.example.com/ok\","
            + "\"cancel_url\":\"https://crm.example.com/cancel\"}");
  }

  @Test
  void planOfferDecodes() throws IOException {
    PlanOffer offer = moshi.adapter(PlanOffer.class).fromJson(
        "{\"plan\":\"founding\",\"name\":\"Founding member\",\"amount_cents\":69900,\"currency\":\"eur\","
            + "\"interval\":\"year\",\"access\":\"rolling_unlock\",\"requires_service\":false,\"extra\":1}");

    assertThat(offer).isEqualTo(new PlanOffer(Plan.FOUNDING, "Founding member", 69900, "eur",
        BillingInterval.YEAR, PlanAccess.ROLLING_UNLOCK, false));
  }

  @Test
  void revenueReportRoundTrips() throws IOException {
    RevenueReport report = new RevenueReport(5825, 69900, 1,
        List.of(new PlanRevenue(Plan.FOUNDING, 1, 5825)), "eur");

    String json = moshi.adapter(RevenueReport.class).toJson(report);

    assertThat(json).contains("\"mrr_cents\":5825", "\"arr_cents\":69900", "\"by_plan\":[");
    assertThat(moshi.adapter(RevenueReport.class).fromJson(json)).isEqualTo(report);
  }

  @Test
  void dailyGenerationsUseIsoDates() throws IOException {
    DailyGenerations row = moshi.adapter(DailyGenerations.class)
        .fromJson("{\"day\":\"2026-11-21\",\"service\":\"objection\",\"count\":7}");

    assertThat(row).isEqualTo(new DailyGenerations(LocalDate.of(2026, 11, 21), ServiceId.OBJECTION, 7));
  }

  @Test
  void patchLeavesUnsetMembersOut() {
    assertThat(moshi.adapter(ServiceSettingsPatch.class).toJson(ServiceSettingsPatch.rateLimitDaily(50)))
        .isEqualTo("{\"rate_limit_daily\":50}");
  }
}
