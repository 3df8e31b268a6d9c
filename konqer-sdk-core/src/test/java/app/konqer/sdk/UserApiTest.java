package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UserApiTest extends ServerTest {

  @Test
  void meReadsTheProfile() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));

    UserProfile me = client().user().me();

    assertThat(me).isEqualTo(new UserProfile(UUID.fromString("6f1c1a8e-5d0c-4a8f-9a4e-0c8b8f5b2f10"),
        "ada@example.com", "Ada", null, List.of("admin"), Instant.parse("2026-01-01T00:00:00Z")));
    assertThat(take().getRequestLine()).isEqualTo("GET /user/me HTTP/1.1");
  }

  @Test
  void subscriptionsUnwrapTheListEnvelope() throws Exception {
    server.enqueue(Json.ok("{\"data\":[{\"id\":\"6f1c1a8e-5d0c-4a8f-9a4e-0c8b8f5b2f10\",\"plan\":\"founding\","
        + "\"status\":\"active\",\"cancel_at_period_end\":false}],\"next_cursor\":null}"));
    server.enqueue(Json.ok("{\"data\":[]}"));

    List<Subscription> subscriptions = client().user().subscriptionsAsync().get(5, TimeUnit.SECONDS);

    assertThat(subscriptions).singleElement().satisfies(subscription -> {
      assertThat(subscription.plan()).isEqualTo(Plan.FOUNDING);
      assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    });
    assertThat(client().user().subscriptionsWithResponse(RequestOptions.none()).value()).isEmpty();
    assertThat(take().getPath()).isEqualTo("/user/subscriptions");
  }

  @Test
  void servicesListsTheUsersServices() throws Exception {
    server.enqueue(Json.ok("{\"data\":[{\"service\":\"battlecards\",\"unlocked\":true}]}"));

    assertThat(client().user().services()).singleElement()
        .satisfies(service -> assertThat(service.service()).isEqualTo(ServiceId.BATTLECARDS));
    assertThat(take().getPath()).isEqualTo("/user/services");
  }
}
