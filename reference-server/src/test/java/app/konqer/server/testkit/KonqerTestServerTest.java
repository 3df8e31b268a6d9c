package app.konqer.server.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.billing.admin.KonqerAdmin;
import app.konqer.sdk.error.KonqerTimeoutException;
import app.konqer.sdk.error.PermissionDeniedException;
import app.konqer.sdk.error.ServerException;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KonqerTestServerTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @RegisterExtension
  static KonqerTestServer konqer = KonqerTestServer.create(START);

  @Test
  void mintsAFoundingMemberWhoseServicesUnlockByTheServersClock() {
    TestUser dana = konqer.user("Dana@Example.com").name("Dana Whitfield").plan(Plan.FOUNDING).create();
    KonqerClient client = konqer.clientFor(dana);

    assertThat(client.user().me().id()).isEqualTo(dana.id());
    assertThat(dana.email()).isEqualTo("dana@example.com");
    assertThat(unlocked(client.user().services()))
        .containsOnlyKeys(allKnown())
        .containsEntry(ServiceId.COLD_DM, true)
        .containsEntry(ServiceId.OBJECTION, true)
        .containsEntry(ServiceId.CAROUSEL, true)
        .containsEntry(ServiceId.BATTLECARDS, false);
    assertThat(client.user().services()).filteredOn(service -> !service.unlocked())
        .extracting(UserService::unlocksAt).doesNotContainNull().allMatch(at -> at.isAfter(START));

    konqer.clock().advance(Duration.ofDays(7));

    assertThat(unlocked(client.user().services()))
        .containsEntry(ServiceId.BATTLECARDS, true)
        .containsEntry(ServiceId.COLD_EMAIL, true)
        .containsEntry(ServiceId.WEBINAR, false);
  }

  @Test
  void opensAndClosesServicesByHand() {
    Instant inThreeDays = konqer.clock().instant().plus(Duration.ofDays(3));
    TestUser sam = konqer.user("sam@example.com")
        .unlocked(ServiceId.WEBINAR)
        .lockedUntil(ServiceId.PITCH_DECK, inThreeDays)
        .create();
    KonqerClient client = konqer.clientFor(sam);

    Map<ServiceId, UserService> services = client.user().services().stream()
        .collect(Collectors.toMap(UserService::service, Function.identity()));
    assertThat(services.get(ServiceId.WEBINAR).unlocked()).isTrue();
    assertThat(services.get(ServiceId.PITCH_DECK).unlocked()).isFalse();
    assertThat(services.get(ServiceId.PITCH_DECK).unlocksAt())
        .isEqualTo(inThreeDays);

    konqer.lock(sam, ServiceId.WEBINAR);
    konqer.unlock(sam, ServiceId.PITCH_DECK);

    assertThat(unlocked(client.user().services()))
        .containsEntry(ServiceId.WEBINAR, false)
        .containsEntry(ServiceId.PITCH_DECK, true);
  }

  @Test
  void injectedFailuresAreRetriedByTheSdkAndRecordedWithTheirStatus() {
    TestUser ada = konqer.user("ada@example.com").create();
    konqer.failNext(2, 502);

    assertThat(konqer.clientFor(ada).user().me().email()).isEqualTo("ada@example.com");

    assertThat(konqer.requests()).extracting(RecordedRequest::status).containsExactly(502, 502, 200);
    RecordedRequest first = konqer.takeRequest();
    assertThat(first.requestLine()).isEqualTo("GET /user/me");
    assertThat(first.header("retry-after")).isNull();
    assertThat(first.userId()).isNull();
    assertThat(konqer.takeRequest().status()).isEqualTo(502);
    RecordedRequest served = konqer.takeRequest();
    assertThat(served.userId()).isEqualTo(ada.id());
    assertThat(served.header("Authorization")).isEqualTo("Bearer [redacted]");
    assertThat(served.hasBearerToken()).isTrue();
  }

  @Test
  void aFailureOutlastingTheRetriesReachesTheCallerAsTheServersProblem() {
    TestUser ada = konqer.user("ada@example.com").create();
    List<Duration> waits = new ArrayList<>();
    KonqerClient client = konqer.clientFor(ada, builder -> builder.sleeper(waits::add));
    konqer.failNext(3, 503, Duration.ofSeconds(7));

    assertThatThrownBy(() -> client.user().me())
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.code()).isEqualTo("service_unavailable");
          assertThat(e.requestId()).isEqualTo(konqer.requests().get(2).requestId());
        });
    assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
  }

  @Test
  void recordsBodiesOfPublicCalls() {
    konqer.client().auth().devToken(new DevTokenRequest("new@example.com", "New", List.of()));

    RecordedRequest request = konqer.takeRequest();
    assertThat(request.requestLine()).isEqualTo("POST /auth/dev-token");
    assertThat(request.bodyAs(DevTokenRequest.class).email()).isEqualTo("new@example.com");
    assertThat(request.idempotencyKey()).isNotBlank();
    assertThat(request.status()).isEqualTo(200);
  }

  @Test
  void latencyDelaysResponsesPastTheClientsReadTimeout() {
    TestUser ada = konqer.user("ada@example.com").create();
    KonqerClient impatient = konqer.clientFor(ada,
        builder -> builder.readTimeout(Duration.ofMillis(100)).maxRetries(0));
    konqer.latency(Duration.ofSeconds(1));

    assertThatThrownBy(() -> impatient.user().me()).isInstanceOf(KonqerTimeoutException.class);

    konqer.latency(Duration.ZERO);
    assertThat(impatient.user().me().id()).isEqualTo(ada.id());
  }

  @Test
  void adminsReachTheAdminRoutesAndOthersDoNot() {
    TestUser root = konqer.user("root@example.com").admin().create();
    TestUser buyer = konqer.user("buyer@example.com").plan(Plan.FOUNDING).create();

    assertThat(root.roles()).containsExactly("admin");
    assertThat(KonqerAdmin.of(konqer.clientFor(root)).revenue().byPlan())
        .anySatisfy(plan -> assertThat(plan.plan()).isEqualTo(Plan.FOUNDING));
    assertThatThrownBy(() -> KonqerAdmin.of(konqer.clientFor(buyer)).revenue())
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void tokensOutliveMovesOfTheClock() {
    TestUser lee = konqer.user("lee@example.com").create();
    KonqerClient client = konqer.clientFor(lee);
    assertThat(client.user().me().id()).isEqualTo(lee.id());

    konqer.clock().advance(Duration.ofHours(5));

    assertThat(client.user().me().id()).isEqualTo(lee.id());
    assertThat(konqer.requests()).extracting(RecordedRequest::status).containsExactly(200, 200);
  }

  private static List<ServiceId> allKnown() {
    return List.of(ServiceId.values()).stream().filter(service -> service != ServiceId.UNKNOWN).toList();
  }

  private static Map<ServiceId, Boolean> unlocked(List<UserService> services) {
    return services.stream().collect(Collectors.toMap(UserService::service, UserService::unlocked));
  }
}
