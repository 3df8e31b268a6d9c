package app.konqer.sdk.billing.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.billing.testing.MockApi;
import app.konqer.sdk.error.PermissionDeniedException;
import app.konqer.sdk.error.UnprocessableEntityException;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class KonqerAdminTest extends MockApi {
  private static final String SETTINGS_JSON = "{\"service\":\"pitch-deck\",\"name\":\"Startup Pitch Deck Builder\","
      + "\"slug\":\"startup-pitch-deck-builder\",\"type\":\"Core\",\"price_monthly_cents\":9900,"
      + "\"price_yearly_cents\":99000,\"rate_limit_daily\":100,\"enabled\":false,\"unlock_day\":14}";
  private static final ServiceSettings SETTINGS = new ServiceSettings(ServiceId.PITCH_DECK,
      "Startup Pitch Deck Builder", "startup-pitch-deck-builder", ServiceType.CORE, 9_900, 99_000, 100, false, 14);

  @Test
  void revenueDecodesTheReport() throws Exception {
    enqueue(200, "{\"mrr_cents\":5825,\"arr_cents\":69900,\"active_subscriptions\":1,\"by_plan\":["
        + "{\"plan\":\"founding\",\"count\":1,\"mrr_cents\":5825},"
        + "{\"plan\":\"monthly_single\",\"count\":0,\"mrr_cents\":0}],\"currency\":\"eur\"}");

    RevenueReport report = KonqerAdmin.of(client()).revenue();

    assertThat(report).isEqualTo(new RevenueReport(5_825, 69_900, 1, List.of(
        new PlanRevenue(Plan.FOUNDING, 1, 5_825), new PlanRevenue(Plan.MONTHLY_SINGLE, 0, 0)), "eur"));
    RecordedRequest request = take();
    assertThat(request.getRequestLine()).isEqualTo("GET /admin/metrics/mrr HTTP/1.1");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void usersArePagedLazily() throws Exception {
    enqueue(200, "{\"data\":[" + user(1) + "," + user(2) + "],\"next_cursor\":\"p2\"}");
    enqueue(200, "{\"data\":[" + user(3) + "],\"next_cursor\":\"p3\"}");

    List<String> firstThree = KonqerAdmin.of(client()).users().stream()
        .limit(3)
        .map(AdminUser::email)
        .collect(Collectors.toList());

    assertThat(firstThree).containsExactly("u1@example.com", "u2@example.com", "u3@example.com");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(take().getPath()).isEqualTo("/admin/users");
    assertThat(take().getPath()).isEqualTo("/admin/users?cursor=p2");
  }

  @Test
  void aUsersPageDecodesEveryMember() throws Exception {
    enqueue(200, "{\"data\":[" + user(4) + "]}");

    AdminUser user = KonqerAdmin.of(client()).usersPageAsync(null).get(5, TimeUnit.SECONDS).data().get(0);

    assertThat(user).isEqualTo(new AdminUser(new UUID(0, 4), "u4@example.com", "User 4", "cus_4", 2,
        Instant.parse("2026-01-01T00:00:00Z")));
  }

  @Test
  void servicesAndGenerationMetricsAreLists() throws Exception {
    enqueue(200, "{\"data\":[" + SETTINGS_JSON + "]}");
    enqueue(200, "{\"data\":[{\"day\":\"2026-01-05\",\"service\":\"cold-dm\",\"count\":2}]}");
    KonqerAdmin admin = KonqerAdmin.of(client());

    assertThat(admin.services()).containsExactly(SETTINGS);
    assertThat(admin.generationMetricsWithResponse(RequestOptions.none()).value())
        .containsExactly(new DailyGenerations(LocalDate.of(2026, 1, 5), ServiceId.COLD_DM, 2));
    assertThat(take().getRequestLine()).isEqualTo("GET /admin/services HTTP/1.1");
    assertThat(take().getRequestLine()).isEqualTo("GET /admin/metrics/generations HTTP/1.1");
  }

  @Test
  void updateServicePatchesOnlyTheMembersSet() throws Exception {
    enqueue(200, SETTINGS_JSON);

    ServiceSettings updated = KonqerAdmin.of(client())
        .updateService(ServiceId.PITCH_DECK, ServiceSettingsPatch.enabled(false));

    assertThat(updated).isEqualTo(SETTINGS);
    RecordedRequest request = take();
    assertThat(request.getRequestLine()).isEqualTo("PATCH /admin/services/pitch-deck HTTP/1.1");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"enabled\":false}");
  }

  @Test
  void anEmptyPatchIsAnUnprocessableEntityWithItsCode() {
    enqueueProblem(422, "empty_patch");

    assertThatThrownBy(() -> KonqerAdmin.of(client())
        .updateService(ServiceId.COLD_DM, new ServiceSettingsPatch(null, null, null)))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.code()).isEqualTo("empty_patch"));
  }

  @Test
  void anUnknownServiceIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> KonqerAdmin.of(client())
        .updateService(ServiceId.UNKNOWN, ServiceSettingsPatch.rateLimitDaily(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aTokenWithoutTheAdminRoleIsPermissionDenied() {
    enqueueProblem(403, "forbidden");

    assertThatThrownBy(() -> KonqerAdmin.of(client()).revenue())
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
  }

  private static String user(int n) {
    return "{\"id\":\"" + new UUID(0, n) + "\",\"email\":\"u" + n + "@example.com\",\"name\":\"User " + n
        + "\",\"stripe_customer_id\":\"cus_" + n + "\",\"active_subscriptions\":2,"
        + "\"created_at\":\"2026-01-01T00:00:00Z\"}";
  }
}
