package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The catalog (public) and today's usage (the user's), both unwrapped from the list envelope. */
class CatalogAndUsageTest extends MockApi {

  @Test
  void theCatalogIsReadWithoutAToken() throws Exception {
    server.enqueue(json("{\"data\":[{\"service\":\"cold-dm\",\"name\":\"Cold DM Personalizer\","
        + "\"slug\":\"cold-dm-personalizer\",\"type\":\"Blue\",\"price_monthly_cents\":9900,"
        + "\"price_yearly_cents\":99000,\"daily_limit\":100,\"enabled\":true}]}"));

    List<CatalogEntry> catalog = services.catalog();

    RecordedRequest request = take();
    assertThat(request.getPath()).isEqualTo("/services");
    assertThat(request.getHeader("Authorization")).isNull();
    assertThat(catalog).containsExactly(new CatalogEntry(ServiceId.COLD_DM, "Cold DM Personalizer",
        "cold-dm-personalizer", ServiceType.BLUE, 9900, 99000, 100, true));
  }

  @Test
  void usageIsTheSignedInUsersPerService() throws Exception {
    String body = "{\"data\":[{\"service\":\"carousel\",\"used_today\":3,\"daily_limit\":100,"
        + "\"resets_at\":\"2026-03-02T00:00:00Z\"}],\"next_cursor\":null}";
    server.enqueue(json(body));
    server.enqueue(json(body));

    List<ServiceUsage> usage = services.usageAsync().get(5, TimeUnit.SECONDS);
    List<ServiceUsage> again = services.usageWithResponse(RequestOptions.none()).value();

    RecordedRequest request = take();
    assertThat(request.getPath()).isEqualTo("/user/usage");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(usage).containsExactly(
        new ServiceUsage(ServiceId.CAROUSEL, 3, 100, Instant.parse("2026-03-02T00:00:00Z")));
    assertThat(again).isEqualTo(usage);
  }
}
