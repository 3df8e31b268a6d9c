package app.konqer.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.billing.admin.ServiceSettings;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /admin/services} and {@code PATCH /admin/services/{service}}: validation, persistence, effect. */
class ServiceSettingsTest {
  private static final Type SETTINGS_PAGE = Types.newParameterizedType(Page.class, ServiceSettings.class);
  private static final Type SERVICE_PAGE = Types.newParameterizedType(Page.class, UserService.class);
  private static final String ADMIN = TestTokens.admin("kc-settings-admin");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void theTwelveServicesAreListedInCatalogOrderWithTheirSettings() {
    List<ServiceSettings> services = settings();

    assertThat(services).extracting(ServiceSettings::service).containsExactly(
        ServiceId.COLD_DM, ServiceId.BATTLECARDS, ServiceId.OBJECTION, ServiceId.COMMUNITY_FINDER, ServiceId.CAROUSEL,
        ServiceId.COLD_EMAIL, ServiceId.PITCH_DECK, ServiceId.WHITEPAPER, ServiceId.DECK_HEATMAP, ServiceId.WEBINAR,
        ServiceId.WARMRANKER, ServiceId.NO_SHOW_SHIELD);
    assertThat(services.get(1)).isEqualTo(new ServiceSettings(ServiceId.BATTLECARDS, "Outbound Battlecards AI",
        "outbound-battlecards-ai", ServiceType.BLUE, 9_900, 99_000, 100, true, 7));
  }

  @Test
  void aPatchChangesOnlyTheMembersItSetsAndPersists() {
    Reply disabled = patch("pitch-deck", "{\"enabled\":false,\"rate_limit_daily\":0}");

    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    ServiceSettings expected = new ServiceSettings(ServiceId.PITCH_DECK, "Startup Pitch Deck Builder",
        "startup-pitch-deck-builder", ServiceType.CORE, 9_900, 99_000, 0, false, 14);
    assertThat(disabled.json(ServiceSettings.class)).isEqualTo(expected);
    assertThat(settings()).contains(expected);

    Reply limited = patch("pitch-deck", "{\"rate_limit_daily\":100000,\"enabled\":null}");
    assertThat(limited.json(ServiceSettings.class)).isEqualTo(new ServiceSettings(ServiceId.PITCH_DECK,
        "Startup Pitch Deck Builder", "startup-pitch-deck-builder", ServiceType.CORE, 9_900, 99_000, 100_000, false,
        14));
    assertThat(patch("pitch-deck", "{\"enabled\":true,\"unlock_day\":365}").json(ServiceSettings.class))
        .extracting(ServiceSettings::enabled, ServiceSettings::unlockDay, ServiceSettings::rateLimitDaily)
        .containsExactly(true, 365, 100_000);
  }

  @Test
  void valuesOutOfRangeAre422WithTheFieldsAtFault() {
    Reply tooMany = patch("cold-dm", "{\"rate_limit_daily\":100001,\"unlock_day\":-1}");
    Reply tooLate = patch("cold-dm", "{\"unlock_day\":366}");

    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.problem().code()).isEqualTo("validation_failed");
    assertThat(tooMany.problem().errors()).extracting(e -> e.field()).containsExactly("rate_limit_daily", "unlock_day");
    assertThat(tooLate.status()).isEqualTo(422);
    assertThat(tooLate.problem().errors()).extracting(e -> e.field()).containsExactly("unlock_day");
    assertThat(settings().get(0).rateLimitDaily()).isEqualTo(100);
  }

  @Test
  void aPatchThatSetsNothingIs422RatherThanASilentNoOp() {
    Reply empty = patch("cold-dm", "{}");
    Reply camelCase = patch("cold-dm", "{\"rateLimitDaily\":5}");

    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.problem().code()).isEqualTo("empty_patch");
    assertThat(camelCase.status()).isEqualTo(422);
    assertThat(camelCase.problem().code()).isEqualTo("empty_patch");
  }

  @Test
  void anUnknownServiceIs404AndAMalformedBodyIs400() {
    Reply unknown = patch("cold-call", "{\"enabled\":false}");
    Reply wrongType = patch("cold-dm", "{\"enabled\":\"no\"}");
    Reply notJson = patch("cold-dm", "{enabled");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.problem().code()).isEqualTo("unknown_service");
    assertThat(unknown.problem().detail()).contains("cold-call", "no-show-shield");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.problem().code()).isEqualTo("malformed_json");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(settings().get(0).enabled()).isTrue();
  }

  @Test
  void aNewUnlockDayAppliesToFoundingPurchasesMadeAfterTheChange() {
    Instant purchase = server.clock().instant();
    String before = TestTokens.user("kc-founder-before");
    buyFounding(before, "before-1");

    assertThat(patch("warmranker", "{\"unlock_day\":3}").status()).isEqualTo(200);
    String after = TestTokens.user("kc-founder-after");
    buyFounding(after, "after-1");

    assertThat(unlocksAt(before, ServiceId.WARMRANKER)).isEqualTo(purchase.plus(Duration.ofDays(28)));
    assertThat(unlocksAt(after, ServiceId.WARMRANKER)).isEqualTo(purchase.plus(Duration.ofDays(3)));
    assertThat(unlocksAt(after, ServiceId.WEBINAR)).isEqualTo(purchase.plus(Duration.ofDays(28)));
  }

  private static List<ServiceSettings> settings() {
    Reply reply = server.http().get("/admin/services", ADMIN);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Page<ServiceSettings> page = reply.json(SETTINGS_PAGE);
    assertThat(page.nextCursor()).isNull();
    return page.data();
  }

  private static Reply patch(String service, String body) {
    return server.http().send(server.http().request("/admin/services/" + service)
        .header("Authorization", "Bearer " + ADMIN)
        .patch(RequestBody.create(body, MediaType.get("application/json"))));
  }

  private static void buyFounding(String token, String key) {
    Reply opened = server.http().send(server.http().request("/checkout/founding")
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", key)
        .post(RequestBody.create("{\"success_url\":\"https://crm.example.com/ok\","
            + "\"cancel_url\":\"https://crm.example.com/back\"}", MediaType.get("application/json"))));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    CheckoutSession session = opened.json(CheckoutSession.class);
    Reply confirmed = server.http().send(new Request.Builder().url(session.checkoutUrl() + "/confirm")
        .header("Accept", "application/json")
        .post(RequestBody.create(new byte[0], null)));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
  }

  private static Instant unlocksAt(String token, ServiceId service) {
    Page<UserService> services = server.http().get("/user/services", token).json(SERVICE_PAGE);
    return services.data().stream().filter(s -> s.service() == service).findFirst().orElseThrow().unlocksAt();
  }
}
