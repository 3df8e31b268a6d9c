package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Quota;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.CatalogEntry;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceUsage;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.server.ServerAssembly;
import app.konqer.server.db.Rows;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import jakarta.validation.Validator;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The twelve services end to end over HTTP with the offline generator, the catalog and the usage. */
class OfflineGenerationTest {
  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static final Moshi MOSHI = KonqerJson.create();
  private static final Validator VALIDATOR = ServerAssembly.validation().getValidator();

  private final GenerationFixture fixture = new GenerationFixture(server);

  static Stream<ServiceDefinition<?, ?>> services() {
    return ServiceDefinitions.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void generatesStoresAndCounts(ServiceDefinition<?, ?> definition) throws IOException {
    User user = fixture.userWithAllServices("offline-" + definition.service().id());
    Instant now = server.clock().instant();

    Reply reply = fixture.generate(user, definition.service().id(), ServiceSamples.json(definition));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.mediaType()).isEqualTo("application/json");
    assertThat(reply.header("Idempotent-Replayed")).isNull();
    Generation<?> generation = reply.json(definition.generationType());
    assertThat(generation.id()).isNotNull();
    assertThat(generation.service()).isEqualTo(definition.service());
    assertThat(generation.createdAt()).isEqualTo(now);
    assertThat(generation.model()).isEqualTo("konqer-offline");
    assertThat(generation.tokensUsed()).isPositive();
    assertThat(generation.quota()).isEqualTo(new Quota(1, 100, nextMidnight(now)));
    assertThat(generation.output()).isInstanceOf(definition.outputType());
    assertThat(VALIDATOR.validate(generation.output())).isEmpty();
    List<String> unset = ServerComputedValues.unset(generation.output());
    assertThat(unset).as("server-computed members left unset")
        .isSubsetOf("canvaEditLink");
    if (definition.service() == ServiceId.COLD_DM) {
      assertThat(generation.personalizationScore())
          .isEqualTo(((ColdDmOutput) generation.output()).personalizationScore()).isNotNull();
    } else {
      assertThat(generation.personalizationScore()).isNull();
    }

    assertStored(definition, user, generation);
    assertThat(fixture.events(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, definition.service())).isEqualTo(1);
  }

  @Test
  void theCatalogListsTheTwelveServicesInOrderWithoutAToken() {
    Reply reply = server.http().get("/services");

    assertThat(reply.status()).isEqualTo(200);
    Page<CatalogEntry> page = reply.json(Types.newParameterizedType(Page.class, CatalogEntry.class));
    assertThat(page.nextCursor()).isNull();
    assertThat(page.data()).extracting(CatalogEntry::service).containsExactly(
        ServiceDefinitions.all().stream().map(ServiceDefinition::service).toArray(ServiceId[]::new));
    assertThat(page.data().get(0)).isEqualTo(new CatalogEntry(ServiceId.COLD_DM, "Cold DM Personalizer",
        "cold-dm-personalizer", ServiceType.BLUE, 9900, 99000, 100, true));
    assertThat(reply.body()).contains("\"price_monthly_cents\":9900", "\"daily_limit\":100");
  }

  @Test
  void usageCountsTodaysGenerationsAndStartsAgainAtUtcMidnight() {
    User user = fixture.userWithAllServices("offline-usage");
    fixture.generate(user, "battlecards", ServiceSamples.json(ServiceDefinitions.BATTLECARDS));
    fixture.generate(user, "battlecards", ServiceSamples.json(ServiceDefinitions.BATTLECARDS));
    Instant now = server.clock().instant();

    List<ServiceUsage> today = usage(user);

    assertThat(today).hasSize(12);
    assertThat(today).filteredOn(u -> u.service() == ServiceId.BATTLECARDS)
        .containsExactly(new ServiceUsage(ServiceId.BATTLECARDS, 2, 100, nextMidnight(now)));
    assertThat(today).filteredOn(u -> u.service() != ServiceId.BATTLECARDS)
        .allSatisfy(u -> assertThat(u.usedToday()).isZero());

    Instant midnight = nextMidnight(now);
    server.clock().advance(Duration.between(now, midnight));

    assertThat(usage(user)).filteredOn(u -> u.service() == ServiceId.BATTLECARDS)
        .containsExactly(new ServiceUsage(ServiceId.BATTLECARDS, 0, 100, midnight.plus(Duration.ofDays(1))));
  }

  private List<ServiceUsage> usage(User user) {
    Reply reply = server.http().get("/user/usage", user.token());
    assertThat(reply.status()).isEqualTo(200);
    Page<ServiceUsage> page = reply.json(Types.newParameterizedType(Page.class, ServiceUsage.class));
    return page.data();
  }

  private void assertStored(ServiceDefinition<?, ?> definition, User user, Generation<?> generation)
      throws IOException {
    Map<String, Object> row = server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement("""
          SELECT user_id, service, input::text AS input, output::text AS output, model, tokens_used,
                 personalization_score, latency_ms, created_at
          FROM generations WHERE id = ?""")) {
        select.setObject(1, generation.id());
        try (ResultSet rs = select.executeQuery()) {
          assertThat(rs.next()).as("generation row").isTrue();
          return Map.of(
              "user_id", rs.getObject("user_id"),
              "service", rs.getString("service"),
              "input", rs.getString("input"),
              "output", rs.getString("output"),
              "model", rs.getString("model"),
              "tokens_used", rs.getInt("tokens_used"),
              "personalization_score", String.valueOf(rs.getObject("personalization_score")),
              "latency_ms", rs.getObject("latency_ms") == null ? -1 : rs.getInt("latency_ms"),
              "created_at", Rows.instant(rs, "created_at"));
        }
      }
    });
    assertThat(row.get("user_id")).isEqualTo(user.id());
    assertThat(row.get("service")).isEqualTo(definition.service().id());
    assertThat(MOSHI.adapter(definition.inputType()).fromJson((String) row.get("input")))
        .isEqualTo(ServiceSamples.input(definition));
    assertThat(MOSHI.adapter(definition.outputType()).fromJson((String) row.get("output")))
        .isEqualTo(generation.output());
    assertThat(row.get("model")).isEqualTo(generation.model());
    assertThat(row.get("tokens_used")).isEqualTo(generation.tokensUsed());
    assertThat(row.get("personalization_score")).isEqualTo(String.valueOf(generation.personalizationScore()));
    assertThat((int) row.get("latency_ms")).isNotNegative();
    assertThat(row.get("created_at")).isEqualTo(generation.createdAt());
  }

  static Instant nextMidnight(Instant now) {
    return now.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC)
        .toInstant();
  }
}
