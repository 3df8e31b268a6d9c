package app.konqer.server.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.server.http.ApiError;
import app.konqer.server.quota.DailyQuota;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The idempotency store on its own, on a real database: claims, replays, timeouts and expiry. */
class IdempotencyStoreTest {
  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static final RequestFingerprint REQUEST = RequestFingerprint.of("POST /things", "{\"a\":1}");
  private static final StoredResponse RESPONSE =
      new StoredResponse(201, Map.of("Content-Type", "application/json", "Location", "/things/1"), "{\"id\":1}");

  private final IdempotencyStore store = new IdempotencyStore(server.database(), server.clock(),
      KonqerJson.create(), Duration.ofMinutes(10));

  @Test
  void aCompletedKeyReplaysItsResponseWithItsHeaders() {
    UUID user = user("store-replay");
    IdempotencyClaim.Held held = (IdempotencyClaim.Held) store.claim(user, Optional.of("k1"), REQUEST);
    server.database().transaction(connection -> {
      store.complete(connection, held, RESPONSE);
      return null;
    });

    IdempotencyClaim again = store.claim(user, Optional.of("k1"), REQUEST);

    assertThat(again).isEqualTo(new IdempotencyClaim.Replay(RESPONSE));
  }

  @Test
  void keysBelongToTheirUser() {
    UUID ada = user("store-ada");
    UUID bob = user("store-bob");
    store.claim(ada, Optional.of("shared"), REQUEST);

    assertThat(store.claim(bob, Optional.of("shared"), REQUEST)).isInstanceOf(IdempotencyClaim.Held.class);
  }

  @Test
  void aReleasedKeyCanBeClaimedAgain() {
    UUID user = user("store-release");
    IdempotencyClaim.Held held = (IdempotencyClaim.Held) store.claim(user, Optional.of("k2"), REQUEST);

    store.release(held);

    assertThat(store.claim(user, Optional.of("k2"), REQUEST)).isInstanceOf(IdempotencyClaim.Held.class);
  }

  @Test
  void anAbandonedClaimIsTakenOverAfterTheClaimTimeoutAndTheFirstHolderCannotCompleteIt() {
    UUID user = user("store-abandoned");
    IdempotencyClaim.Held first = (IdempotencyClaim.Held) store.claim(user, Optional.of("k3"), REQUEST);
    assertThatThrownBy(() -> store.claim(user, Optional.of("k3"), REQUEST))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("idempotency_in_progress"));

    server.clock().advance(Duration.ofMinutes(10));
    IdempotencyClaim second = store.claim(user, Optional.of("k3"), REQUEST);

    assertThat(second).isInstanceOf(IdempotencyClaim.Held.class).isNotEqualTo(first);
    assertThatThrownBy(() -> server.database().transaction(connection -> {
      store.complete(connection, first, RESPONSE);
      return null;
    })).isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("idempotency_in_progress"));
    store.release(first);
    assertThatThrownBy(() -> store.claim(user, Optional.of("k3"), REQUEST))
        .as("releasing a lost claim leaves the new holder's row")
        .isInstanceOf(ApiError.class);
  }

  @Test
  void expiredKeysArePurged() {
    UUID user = user("store-purge");
    store.claim(user, Optional.of("k4"), REQUEST);
    int before = store.purgeExpired();

    server.clock().advance(IdempotencyStore.RETENTION);

    assertThat(store.purgeExpired()).isGreaterThan(before).isPositive();
    assertThat(store.claim(user, Optional.of("k4"), RequestFingerprint.of("POST /other", "{}")))
        .isInstanceOf(IdempotencyClaim.Held.class);
  }

  @Test
  void aCompanionWritesOnlyWithTheClaimThatTakesTheKey() {
    UUID user = user("store-companion");
    DailyQuota quota = new DailyQuota(server.database(), server.clock());
    DailyQuota.UnitRequest unit = quota.request(user, ServiceId.COLD_DM, 5);

    IdempotencyStore.CompanionClaim first = store.claim(user, "k5", REQUEST, unit);
    assertThatThrownBy(() -> store.claim(user, "k5", REQUEST, unit))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("idempotency_in_progress"));
    assertThatThrownBy(() -> store.claim(user, "k5", RequestFingerprint.of("POST /other", "{}"), unit))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
    server.database().transaction(connection -> {
      store.complete(connection, (IdempotencyClaim.Held) first.claim(), RESPONSE);
      return null;
    });
    IdempotencyStore.CompanionClaim replay = store.claim(user, "k5", REQUEST, unit);

    assertThat(first.claim()).isInstanceOf(IdempotencyClaim.Held.class);
    assertThat(first.written()).isEqualTo(1);
    assertThat(replay).isEqualTo(new IdempotencyStore.CompanionClaim(new IdempotencyClaim.Replay(RESPONSE), null));
    assertThat(usedToday(quota, user)).as("one unit: the refused and replayed claims wrote nothing").isEqualTo(1);
  }

  @Test
  void aClaimWhoseCompanionWritesNothingIsStillHeld() {
    UUID user = user("store-companion-limit");
    DailyQuota quota = new DailyQuota(server.database(), server.clock());
    DailyQuota.UnitRequest unit = quota.request(user, ServiceId.COLD_DM, 1);
    store.claim(user, "k6", REQUEST, unit);

    IdempotencyStore.CompanionClaim second = store.claim(user, "k7", REQUEST, unit);

    assertThat(second.claim()).isInstanceOf(IdempotencyClaim.Held.class);
    assertThat(second.written()).as("the limit of 1 is reached").isNull();
    assertThatThrownBy(() -> quota.taken(unit, second.written()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("daily_limit_exceeded"));
    assertThat(usedToday(quota, user)).isEqualTo(1);
  }

  @Test
  void aRequestWithoutAKeyHoldsNothing() {
    assertThat(store.claim(user("store-unkeyed"), Optional.empty(), REQUEST))
        .isSameAs(IdempotencyClaim.Held.unkeyed());
  }

  private static int usedToday(DailyQuota quota, UUID user) {
    return quota.usage(user).stream().filter(usage -> usage.service() == ServiceId.COLD_DM).findFirst()
        .orElseThrow().usedToday();
  }

  private static UUID user(String subject) {
    return server.http().get("/user/me", TestTokens.user(subject)).json(UserProfile.class).id();
  }
}
