package app.konqer.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.server.testing.GenerationRows;
import app.konqer.server.testing.LogCapture;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.SampleInputs;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /user/history/{id}}: the caller's own generations only, and stored rows that no longer match today's
 * records.
 */
class HistoryItemTest {
  private static final Type PAGE = Types.newParameterizedType(Page.class, HistoryItem.class);
  private static final Instant AT = Instant.parse("2026-02-03T08:30:00.123456Z");
  private static final String ADA = TestTokens.user("kc-item-ada");
  private static final String BOB = TestTokens.user("kc-item-bob");
  private static final String STALE = TestTokens.user("kc-item-stale");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static UUID adasShield;
  private static UUID bobsDm;
  private static UUID staleUser;

  @BeforeAll
  static void seed() {
    GenerationRows rows = new GenerationRows(server.database());
    adasShield = rows.insert(userId(ADA), ServiceDefinitions.NO_SHOW_SHIELD, AT);
    bobsDm = rows.insert(userId(BOB), ServiceDefinitions.COLD_DM, AT);
    staleUser = userId(STALE);
  }

  @Test
  void anOwnGenerationIsReadWithItsTypedInputAndOutput() {
    Reply reply = server.http().get("/user/history/" + adasShield, ADA);

    assertThat(reply.status()).isEqualTo(200);
    HistoryItem item = reply.json(HistoryItem.class);
    assertThat(item.id()).isEqualTo(adasShield);
    assertThat(item.service()).isEqualTo(ServiceId.NO_SHOW_SHIELD);
    assertThat(item.createdAt()).isEqualTo(AT);
    assertThat(item.inputAs(ServiceDefinitions.NO_SHOW_SHIELD))
        .contains(SampleInputs.of(ServiceDefinitions.NO_SHOW_SHIELD));
    assertThat(item.output()).isInstanceOf(NoShowShieldOutput.class)
        .isEqualTo(GenerationRows.output(ServiceDefinitions.NO_SHOW_SHIELD));
    assertThat(item.personalizationScore()).isNull();
    assertThat(reply.body()).contains("\"created_at\":\"2026-02-03T08:30:00.123456Z\"", "\"scheduled_at\":");
  }

  @Test
  void anotherUsersGenerationIsNotFoundExactlyLikeAMissingOne() {
    Reply othersItem = server.http().get("/user/history/" + bobsDm, ADA);
    Reply missing = server.http().get("/user/history/" + UUID.randomUUID(), ADA);

    assertThat(othersItem.status()).isEqualTo(404);
    assertThat(sameButRequestId(othersItem.problem())).isEqualTo(sameButRequestId(missing.problem()));
    assertThat(othersItem.problem().code()).isEqualTo("not_found");
    assertThat(othersItem.body()).doesNotContain(bobsDm.toString(), "cold-dm");
    assertThat(server.http().get("/user/history/" + bobsDm, BOB).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-uuid", "1-1-1-1-1", "12345", "00000000-0000-0000-0000-00000000000g",
      "6f1c1a8e5d0c4a8f9a4e0c8b8f5b2f10"})
  void anIdThatIsNoUuidIsNotFoundToo(String id) {
    Reply malformed = server.http().get("/user/history/" + id, ADA);
    Reply missing = server.http().get("/user/history/" + UUID.randomUUID(), ADA);

    assertThat(malformed.status()).as(malformed.body()).isEqualTo(404);
    assertThat(malformed.mediaType()).isEqualTo("application/problem+json");
    assertThat(sameButRequestId(malformed.problem())).isEqualTo(sameButRequestId(missing.problem()));
  }

  @Test
  void anUpperCaseIdNamesTheSameGeneration() {
    Reply reply = server.http().get("/user/history/" + adasShield.toString().toUpperCase(), ADA);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json(HistoryItem.class).id()).isEqualTo(adasShield);
  }

  @Test
  void aStoredPayloadThatNoLongerMatchesItsRecordIsServedAsNullAndTheItemStaysListed() throws Exception {
    GenerationRows rows = new GenerationRows(server.database());
    UUID stale = rows.insertJson(staleUser, ServiceId.COLD_DM,
        "{\"prospect_name\":\"Dana\",\"company\":\"Northwind\",\"offer\":\"Planner\",\"legacy_field\":true}",
        "{\"message\":[\"an\",\"array\"],\"personalization_score\":{\"old\":\"shape\"}}", 40, AT.plusSeconds(1));
    UUID sound = rows.insert(staleUser, ServiceDefinitions.CAROUSEL, AT);

    try (LogCapture warnings = LogCapture.of(StoredPayloads.class.getName())) {
      Page<HistoryItem> page = server.http().get("/user/history", STALE).json(PAGE);
      Reply one = server.http().get("/user/history/" + stale, STALE);

      assertThat(page.data()).extracting(HistoryItem::id).containsExactly(stale, sound);
      HistoryItem item = page.data().get(0);
      assertThat(item.output()).isNull();
      assertThat(item.input()).isEqualTo(new ColdDmInput("Dana", "Northwind", "Planner", null, null, null, null));
      assertThat(item.personalizationScore()).isEqualTo(40);
      assertThat(page.data().get(1).outputAs(ServiceDefinitions.CAROUSEL)).isPresent();
      assertThat(one.status()).isEqualTo(200);
      assertThat(one.json(HistoryItem.class)).isEqualTo(item);
      assertThat(warnings.messages()).anySatisfy(line -> assertThat(line)
          .contains(stale.toString(), "output", "$.message").doesNotContain("array"));
    }
  }

  @Test
  void generationsOfAServiceThisBuildDoesNotKnowAreLeftOut() {
    String token = TestTokens.user("kc-item-newer");
    UUID user = userId(token);
    UUID known = new GenerationRows(server.database()).insert(user, ServiceDefinitions.WEBINAR, AT);
    // A newer server added a service and stored a generation of it in the shared database.
    UUID unknown = server.database().query(c -> {
      try (Statement statement = c.createStatement()) {
        statement.executeUpdate("""
            INSERT INTO service_configs (service, name, slug, type, position, price_monthly_cents,
              price_yearly_cents, rate_limit_daily)
            VALUES ('time-machine', 'Time Machine', 'time-machine', 'Core', 99, 9900, 99000, 100)""");
        try (ResultSet row = statement.executeQuery("""
            INSERT INTO generations (user_id, service, input, output, model, created_at)
            VALUES ('%s', 'time-machine', '{"year": 1985}', '{"city": "Hill Valley"}', 'gpt-9',
              '2026-02-03T09:00:00Z')
            RETURNING id""".formatted(user))) {
          row.next();
          return row.getObject("id", UUID.class);
        }
      }
    });

    Page<HistoryItem> page = server.http().get("/user/history", token).json(PAGE);

    assertThat(page.data()).extracting(HistoryItem::id).containsExactly(known);
    assertThat(server.http().get("/user/history/" + unknown, token).status()).isEqualTo(404);
  }

  private static Problem sameButRequestId(Problem problem) {
    return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.code(), null,
        problem.errors(), problem.unlocksAt(), problem.quota());
  }

  private static UUID userId(String token) {
    return server.http().get("/user/me", token).json(UserProfile.class).id();
  }
}
