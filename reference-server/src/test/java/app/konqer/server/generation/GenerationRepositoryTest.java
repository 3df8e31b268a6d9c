package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.server.idempotency.IdempotencyClaim;
import app.konqer.server.idempotency.IdempotencyStore;
import app.konqer.server.idempotency.RequestFingerprint;
import app.konqer.server.idempotency.StoredResponse;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Moshi;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statement that stores a generation on a real database: the generation, its event and the completed key
 * together, or nothing when the request no longer holds its key.
 */
class GenerationRepositoryTest {
  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static final RequestFingerprint REQUEST = RequestFingerprint.of("POST /services/cold-dm/generate", "{}");
  private static final StoredResponse RESPONSE = StoredResponse.json(200, "{\"id\":\"g\"}");

  private final Moshi moshi = KonqerJson.create();
  private final GenerationRepository repository = new GenerationRepository(server.database(), moshi);
  private final IdempotencyStore keys = new IdempotencyStore(server.database(), server.clock(), moshi,
      Duration.ofMinutes(10));

  @Test
  void storesTheGenerationItsEventAndTheCompletedKeyTogether() {
    UUID user = user("repository-keyed");
    IdempotencyClaim.Held held = (IdempotencyClaim.Held) keys.claim(user, Optional.of("k1"), REQUEST);
    StoredGeneration generation = generation(user, 87);

    boolean stored = server.database().transaction(connection ->
        repository.store(connection, generation, keys.completion(held, RESPONSE)));

    assertThat(stored).isTrue();
    assertThat(row("SELECT user_id::text || ' ' || service || ' ' || personalization_score || ' ' || latency_ms"
        + " FROM generations WHERE id = ?", generation.id()))
        .isEqualTo(user + " cold-dm 87 42");
    assertThat(row("SELECT e.event_type || ' ' || e.service || ' ' || (e.created_at = g.created_at)"
        + " FROM events e JOIN generations g ON e.metadata ->> 'generation_id' = g.id::text WHERE g.id = ?",
        generation.id()))
        .isEqualTo("generation.created cold-dm true");
    assertThat(keys.claim(user, Optional.of("k1"), REQUEST)).isEqualTo(new IdempotencyClaim.Replay(RESPONSE));
  }

  @Test
  void storesAGenerationWithoutAKeyAndWithoutAScore() {
    UUID user = user("repository-unkeyed");
    StoredGeneration generation = generation(user, null);

    boolean stored = server.database().transaction(connection ->
        repository.store(connection, generation, keys.completion(IdempotencyClaim.Held.unkeyed(), RESPONSE)));

    assertThat(stored).isTrue();
    assertThat(row("SELECT coalesce(personalization_score::text, 'no score') FROM generations WHERE id = ?",
        generation.id())).isEqualTo("no score");
    assertThat(events(generation.id())).isEqualTo(1);
  }

  @Test
  void writesNothingWhenAnotherRequestTookTheKeyOver() {
    UUID user = user("repository-lost");
    IdempotencyClaim.Held first = (IdempotencyClaim.Held) keys.claim(user, Optional.of("k2"), REQUEST);
    server.clock().advance(Duration.ofMinutes(10));
    IdempotencyClaim second = keys.claim(user, Optional.of("k2"), REQUEST);
    StoredGeneration generation = generation(user, 50);

    boolean stored = server.database().transaction(connection ->
        repository.store(connection, generation, keys.completion(first, RESPONSE)));

    assertThat(second).isInstanceOf(IdempotencyClaim.Held.class);
    assertThat(stored).isFalse();
    boolean exists = server.database().transaction(connection -> repository.exists(connection, generation.id()));
    assertThat(exists).isFalse();
    assertThat(events(generation.id())).isZero();
    assertThat(row("SELECT state FROM idempotency_keys WHERE user_id = ? AND idempotency_key = 'k2'", user))
        .as("the new holder's claim is left as it was")
        .isEqualTo("in_progress");
  }

  private StoredGeneration generation(UUID user, Integer score) {
    return new StoredGeneration(UUID.randomUUID(), user, ServiceId.COLD_DM, "{\"prospect_name\":\"Dana\"}",
        "{\"message\":\"Hi Dana\"}", "konqer-offline", 120, score, 42,
        server.clock().instant().truncatedTo(ChronoUnit.MICROS));
  }

  private static int events(UUID generation) {
    return Integer.parseInt(row("SELECT count(*) FROM events WHERE metadata ->> 'generation_id' = ?::text",
        generation));
  }

  private static String row(String sql, UUID parameter) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setObject(1, parameter);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getString(1) : null;
        }
      }
    });
  }

  private static UUID user(String subject) {
    return server.http().get("/user/me", TestTokens.user(subject)).json(UserProfile.class).id();
  }
}
