package app.konqer.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.error.AuthenticationException;
import app.konqer.sdk.error.BadRequestException;
import app.konqer.sdk.error.NotFoundException;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.HistoryQuery;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.db.Rows;
import app.konqer.server.testing.GenerationRows;
import app.konqer.server.testing.SampleInputs;
import app.konqer.server.testing.TestServer;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SDK against the reference server in-process, on the embedded database: a dev token minted through the SDK,
 * then {@code /user/me}, {@code /user/subscriptions}, {@code /user/services} and the history, all through the SDK's
 * typed calls.
 */
class UserAndHistoryThroughSdkTest {
  private static final Instant T0 = Instant.parse("2026-01-04T18:00:00.000001Z");

  @RegisterExtension
  static final TestServer server = TestServer.api();
  @RegisterExtension
  static final SdkClients sdk = new SdkClients(server);

  private static KonqerClient ada;
  private static KonqerServices adasServices;
  private static UUID adaId;
  private static List<UUID> adasHistory;
  private static UUID bobsGeneration;

  @BeforeAll
  static void signInAndSeed() {
    ada = sdk.signedIn("ada@northwind.example", "Ada Lovelace");
    adasServices = KonqerServices.of(ada);
    adaId = ada.user().me().id();
    UUID bobId = sdk.signedIn("bob@acme.example", "Bob").user().me().id();

    GenerationRows rows = new GenerationRows(server.database());
    List<ServiceDefinition<?, ?>> all = ServiceDefinitions.all();
    adasHistory = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      // Runs of six generations share one timestamp.
      adasHistory.add(rows.insert(adaId, all.get(i % all.size()), T0.plusMillis(i / 6)));
    }
    bobsGeneration = rows.insert(bobId, ServiceDefinitions.COLD_DM, T0);
    subscribe(adaId);
  }

  @Test
  void meIsTheDevTokensUser() {
    UserProfile me = ada.user().me();

    assertThat(me.id()).isEqualTo(adaId);
    assertThat(me.email()).isEqualTo("ada@northwind.example");
    assertThat(me.name()).isEqualTo("Ada Lovelace");
    assertThat(me.createdAt()).isNotNull();
  }

  @Test
  void subscriptionsAndServicesArriveTyped() throws Exception {
    List<Subscription> subscriptions = ada.user().subscriptionsAsync().get(10, TimeUnit.SECONDS);
    List<UserService> services = ada.user().services();

    assertThat(subscriptions).singleElement().satisfies(subscription -> {
      assertThat(subscription.plan()).isEqualTo(Plan.MONTHLY_SINGLE);
      assertThat(subscription.service()).isEqualTo(ServiceId.COLD_DM);
      assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    });
    assertThat(services).hasSize(12).extracting(UserService::service)
        .containsExactlyElementsOf(ServiceDefinitions.all().stream().map(ServiceDefinition::service).toList());
    assertThat(services).filteredOn(UserService::unlocked).extracting(UserService::service)
        .containsExactly(ServiceId.COLD_DM);
  }

  @Test
  void thePagerWalksTheWholeHistoryAcrossPagesOfEqualTimestamps() {
    List<HistoryItem> items = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    for (Page<HistoryItem> page : adasServices.history().list(HistoryQuery.builder().limit(4).build()).pages()) {
      pageSizes.add(page.data().size());
      items.addAll(page.data());
    }

    assertThat(pageSizes).containsExactly(4, 4, 4, 4, 4, 4, 4, 2);
    assertThat(items).extracting(HistoryItem::id).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(adasHistory)
        .doesNotContain(bobsGeneration);
    assertThat(items).extracting(HistoryItem::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(items).allSatisfy(item -> {
      ServiceDefinition<?, ?> definition = ServiceDefinitions.forId(item.service()).orElseThrow();
      assertThat(item.input()).isInstanceOf(definition.inputType()).isEqualTo(SampleInputs.of(definition));
      assertThat(item.output()).isInstanceOf(definition.outputType())
          .isEqualTo(GenerationRows.output(definition));
    });
  }

  @Test
  void theStreamOfOneServiceStopsFetchingWhenItHasEnough() {
    List<HistoryItem> carousels = adasServices.history()
        .list(HistoryQuery.builder().service(ServiceDefinitions.CAROUSEL).limit(1).build())
        .stream().toList();
    HistoryItem newest = adasServices.history().list(HistoryQuery.of(ServiceId.CAROUSEL)).stream()
        .findFirst().orElseThrow();

    assertThat(carousels).hasSize(3).extracting(HistoryItem::service).containsOnly(ServiceId.CAROUSEL);
    assertThat(newest).isEqualTo(carousels.get(0));
    assertThat(newest.outputAs(ServiceDefinitions.CAROUSEL)).contains(
        GenerationRows.output(ServiceDefinitions.CAROUSEL));
  }

  @Test
  void getReadsOneGenerationAndRefusesAnotherUsersExactlyLikeAMissingOne() throws Exception {
    UUID id = adasHistory.get(0);

    HistoryItem item = adasServices.history().getAsync(id).get(10, TimeUnit.SECONDS);

    assertThat(item.service()).isEqualTo(ServiceId.COLD_DM);
    assertThat(item.inputAs(ServiceDefinitions.COLD_DM)).contains(SampleInputs.of(ServiceDefinitions.COLD_DM));
    assertThat(item.outputAs(ServiceDefinitions.COLD_DM)).contains(
        GenerationRows.output(ServiceDefinitions.COLD_DM));
    assertThatThrownBy(() -> adasServices.history().get(bobsGeneration))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo("not_found");
          assertThat(e.requestId()).isNotBlank();
        });
    assertThatThrownBy(() -> adasServices.history().get(UUID.randomUUID()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
  }

  @Test
  void aCursorOfAnotherListIsABadRequest() {
    String coldDmCursor = adasServices.history()
        .page(HistoryQuery.builder().service(ServiceId.COLD_DM).limit(1).build()).nextCursor();

    assertThatThrownBy(() -> adasServices.history()
        .page(HistoryQuery.builder().service(ServiceId.OBJECTION).cursor(coldDmCursor).build()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_cursor"));
  }

  @Test
  void aForgedTokenIsRefusedAndNoTokenIsNotEvenSent() {
    try (KonqerClient forged = ada.withOptions(b -> b.bearerToken("eyJhbGciOiJub25lIn0.e30."))) {
      assertThatThrownBy(() -> KonqerServices.of(forged).history().page(HistoryQuery.all()))
          .isInstanceOfSatisfying(AuthenticationException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_token"));
    }
    assertThatThrownBy(() -> KonqerServices.of(sdk.anonymous()).history().get(adasHistory.get(0)))
        .hasMessageContaining("needs credentials");
  }

  private static void subscribe(UUID user) {
    server.database().query(c -> {
      try (PreparedStatement subscription = c.prepareStatement("""
          INSERT INTO subscriptions (user_id, plan, service, status, current_period_start, current_period_end,
                                     cancel_at_period_end)
          VALUES (?, 'monthly_single', 'cold-dm', 'active', ?, ?, false)""");
           PreparedStatement access = c.prepareStatement(
               "INSERT INTO service_access (user_id, service, unlocked_at, locked) VALUES (?, 'cold-dm', ?, false)")) {
        subscription.setObject(1, user);
        Rows.setInstant(subscription, 2, TestServer.START.minusSeconds(86_400));
        Rows.setInstant(subscription, 3, TestServer.START.plusSeconds(29 * 86_400));
        subscription.executeUpdate();
        access.setObject(1, user);
        Rows.setInstant(access, 2, TestServer.START.minusSeconds(86_400));
        return access.executeUpdate();
      }
    });
  }
}
