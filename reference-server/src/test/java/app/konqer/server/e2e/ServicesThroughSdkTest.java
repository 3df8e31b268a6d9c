package app.konqer.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.model.Quota;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.services.CatalogEntry;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.HistoryQuery;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.ServiceUsage;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.webinar.WebinarOutput;
import app.konqer.server.db.Rows;
import app.konqer.server.testing.SampleInputs;
import app.konqer.server.testing.TestServer;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * All twelve services through {@link KonqerServices} against the reference server with the offline generator, then
 * the same generations through the history with typed outputs, the catalog and today's usage.
 */
class ServicesThroughSdkTest {
  @RegisterExtension
  static final TestServer server = TestServer.api();
  @RegisterExtension
  static final SdkClients sdk = new SdkClients(server);

  private static final Instant MIDNIGHT = TestServer.START.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)
      .atStartOfDay(ZoneOffset.UTC).toInstant();

  private static KonqerServices services;
  private static List<Generation<?>> generations;

  @BeforeAll
  static void generateWithEveryService() {
    KonqerClient client = sdk.signedIn("grace@northwind.example", "Grace Hopper");
    grantEveryService(client.user().me().id());
    services = KonqerServices.of(client);
    generations = new ArrayList<>();
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      generations.add(generate(definition));
    }
  }

  @Test
  void everyServiceAnswersWithItsTypedOutput() {
    assertThat(generations).hasSize(12);
    for (int i = 0; i < 12; i++) {
      ServiceDefinition<?, ?> definition = ServiceDefinitions.all().get(i);
      Generation<?> generation = generations.get(i);
      assertThat(generation.service()).isEqualTo(definition.service());
      assertThat(generation.output()).isInstanceOf(definition.outputType());
      assertThat(generation.model()).isEqualTo("konqer-offline");
      assertThat(generation.tokensUsed()).isPositive();
      assertThat(generation.createdAt()).isEqualTo(TestServer.START);
      assertThat(generation.quota()).isEqualTo(new Quota(1, 100, MIDNIGHT));
    }
    Generation<?> dm = generations.get(0);
    assertThat(dm.personalizationScore()).isNotNull()
        .isEqualTo(((ColdDmOutput) dm.output()).personalizationScore());
    assertThat(generations.subList(1, 12)).extracting(Generation::personalizationScore).containsOnlyNulls();
  }

  @Test
  void theHistoryHoldsTheSameGenerationsTypedNewestFirst() {
    List<HistoryItem> history = services.history().list(HistoryQuery.builder().limit(5).build()).stream()
        .filter(item -> generations.stream().anyMatch(g -> g.id().equals(item.id())))
        .toList();

    assertThat(history).hasSize(12);
    assertThat(history).extracting(HistoryItem::createdAt).containsOnly(TestServer.START);
    for (HistoryItem item : history) {
      Generation<?> generation = generations.stream().filter(g -> g.id().equals(item.id())).findFirst().orElseThrow();
      ServiceDefinition<?, ?> definition = ServiceDefinitions.forId(item.service()).orElseThrow();
      assertThat(item.service()).isEqualTo(generation.service());
      assertThat(item.input()).isInstanceOf(definition.inputType()).isEqualTo(SampleInputs.of(definition));
      assertThat(item.output()).isInstanceOf(definition.outputType()).isEqualTo(generation.output());
      assertThat(item.model()).isEqualTo(generation.model());
      assertThat(item.tokensUsed()).isEqualTo(generation.tokensUsed());
      assertThat(item.personalizationScore()).isEqualTo(generation.personalizationScore());
    }
  }

  @Test
  void eachGenerationIsReadByIdAndInItsServicesHistory() throws Exception {
    for (Generation<?> generation : generations) {
      HistoryItem byId = services.history().getAsync(generation.id()).get(10, TimeUnit.SECONDS);
      List<HistoryItem> ofService = services.history().page(HistoryQuery.of(generation.service())).data();

      assertThat(byId.output()).isEqualTo(generation.output());
      assertThat(ofService).extracting(HistoryItem::service).containsOnly(generation.service());
      assertThat(ofService).extracting(HistoryItem::id).contains(generation.id());
    }
  }

  @Test
  void theCatalogNeedsNoTokenAndListsTheTwelveInOrder() {
    List<CatalogEntry> catalog = KonqerServices.of(sdk.anonymous()).catalog();

    assertThat(catalog).extracting(CatalogEntry::service)
        .containsExactlyElementsOf(ServiceDefinitions.all().stream().map(ServiceDefinition::service).toList());
    assertThat(catalog.get(0)).isEqualTo(new CatalogEntry(ServiceId.COLD_DM, "Cold DM Personalizer",
        "cold-dm-personalizer", ServiceType.BLUE, 9900, 99000, 100, true));
    assertThat(catalog).allSatisfy(entry -> assertThat(entry.enabled()).isTrue());
  }

  @Test
  void usageCountsTodaysGenerations() {
    KonqerClient client = sdk.signedIn("usage@northwind.example", "Usage");
    grantEveryService(client.user().me().id());
    KonqerServices own = KonqerServices.of(client);
    own.battlecards().generate(SampleInputs.of(ServiceDefinitions.BATTLECARDS));
    own.battlecards().generate(SampleInputs.of(ServiceDefinitions.BATTLECARDS));

    List<ServiceUsage> usage = own.usage();

    assertThat(usage).hasSize(12);
    assertThat(usage).filteredOn(u -> u.service() == ServiceId.BATTLECARDS)
        .containsExactly(new ServiceUsage(ServiceId.BATTLECARDS, 2, 100, MIDNIGHT));
    assertThat(usage).filteredOn(u -> u.service() != ServiceId.BATTLECARDS)
        .allSatisfy(u -> assertThat(u.usedToday()).isZero());
  }

  @Test
  void aRepeatedKeyIsReplayedOnceStoredAndCountedOnce() {
    KonqerClient client = sdk.signedIn("replay@northwind.example", "Replay");
    grantEveryService(client.user().me().id());
    KonqerServices own = KonqerServices.of(client);
    RequestOptions key = RequestOptions.builder().idempotencyKey("crm-webinar-42").build();

    ApiResponse<Generation<WebinarOutput>> first =
        own.webinar().generateWithResponse(SampleInputs.of(ServiceDefinitions.WEBINAR), key);
    ApiResponse<Generation<WebinarOutput>> second =
        own.webinar().generateWithResponse(SampleInputs.of(ServiceDefinitions.WEBINAR), key);

    assertThat(first.isReplayed()).isFalse();
    assertThat(second.isReplayed()).isTrue();
    assertThat(second.value()).isEqualTo(first.value());
    assertThat(own.history().list(HistoryQuery.of(ServiceId.WEBINAR))).extracting(HistoryItem::id)
        .containsExactly(first.value().id());
    assertThat(own.usage()).filteredOn(u -> u.service() == ServiceId.WEBINAR)
        .extracting(ServiceUsage::usedToday).containsExactly(1);
  }

  @Test
  void aLockedServiceAndAnExhaustedQuotaArriveAsTypedErrors() {
    KonqerClient client = sdk.signedIn("limits@northwind.example", "Limits");
    UUID user = client.user().me().id();
    Instant unlocksAt = TestServer.START.plus(Duration.ofDays(7));
    grant(user, ServiceId.WHITEPAPER, unlocksAt);
    grant(user, ServiceId.CAROUSEL, Instant.EPOCH);
    setDailyLimit(ServiceId.CAROUSEL, 1);
    KonqerServices own = KonqerServices.of(client);
    own.carousel().generate(SampleInputs.of(ServiceDefinitions.CAROUSEL));

    assertThatThrownBy(() -> own.whitepaper().generate(SampleInputs.of(ServiceDefinitions.WHITEPAPER)))
        .isInstanceOfSatisfying(ServiceLockedException.class,
            e -> assertThat(e.unlocksAt()).contains(unlocksAt));
    assertThatThrownBy(() -> own.carousel().generate(SampleInputs.of(ServiceDefinitions.CAROUSEL)))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.code()).isEqualTo(RateLimitException.DAILY_LIMIT_EXCEEDED);
          assertThat(e.quota()).contains(new Quota(1, 1, MIDNIGHT));
          assertThat(e.retryAfter()).contains(Duration.between(TestServer.START, MIDNIGHT));
        });
    setDailyLimit(ServiceId.CAROUSEL, 100);
  }

  private static <I extends ServiceInput, O extends ServiceOutput> Generation<O> generate(
      ServiceDefinition<I, O> definition) {
    return services.endpoint(definition).generate(SampleInputs.of(definition));
  }

  private static void grantEveryService(UUID user) {
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      grant(user, definition.service(), Instant.EPOCH);
    }
  }

  private static void grant(UUID user, ServiceId service, Instant unlockedAt) {
    server.database().query(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO service_access (user_id, service, unlocked_at, locked) VALUES (?, ?, ?, false)")) {
        insert.setObject(1, user);
        insert.setString(2, service.id());
        Rows.setInstant(insert, 3, unlockedAt);
        return insert.executeUpdate();
      }
    });
  }

  private static void setDailyLimit(ServiceId service, int limit) {
    server.database().query(c -> {
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE service_configs SET rate_limit_daily = ? WHERE service = ?")) {
        update.setInt(1, limit);
        update.setString(2, service.id());
        return update.executeUpdate();
      }
    });
  }
}
