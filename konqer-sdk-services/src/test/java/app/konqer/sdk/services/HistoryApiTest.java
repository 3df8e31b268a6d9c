package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.error.BadRequestException;
import app.konqer.sdk.error.NotFoundException;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.paging.AutoPager;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The history pager, single pages and get-by-id, with every item's payloads typed by its service. */
class HistoryApiTest extends MockApi {
  private static final UUID FIRST = UUID.fromString("00000000-0000-4000-8000-000000000003");
  private static final UUID SECOND = UUID.fromString("00000000-0000-4000-8000-000000000002");
  private static final UUID THIRD = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Test
  void thePagerFetchesEachPageOnlyWhenTheCallerReachesIt() throws Exception {
    server.enqueue(json(page("c-1", item(FIRST, ServiceId.COLD_DM), item(SECOND, ServiceId.COLD_DM))));
    server.enqueue(json(page(null, item(THIRD, ServiceId.COLD_DM))));
    AutoPager<HistoryItem> history = services.history()
        .list(HistoryQuery.builder().service(ServiceId.COLD_DM).limit(2).build());

    assertThat(server.getRequestCount()).as("nothing fetched before iterating").isZero();
    Iterator<HistoryItem> items = history.iterator();
    assertThat(items.next().id()).isEqualTo(FIRST);
    assertThat(items.next().id()).isEqualTo(SECOND);
    assertThat(server.getRequestCount()).as("the second page is not fetched yet").isEqualTo(1);
    HistoryItem third = items.next();
    assertThat(items.hasNext()).isFalse();

    assertThat(take().getPath()).isEqualTo("/user/history?service=cold-dm&limit=2");
    RecordedRequest second = take();
    assertThat(second.getPath()).isEqualTo("/user/history?service=cold-dm&limit=2&cursor=c-1");
    assertThat(second.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(third.outputAs(ServiceDefinitions.COLD_DM)).contains(Samples.coldDmOutput());
    assertThat(third.inputAs(ServiceDefinitions.COLD_DM)).contains(Samples.coldDmInput());
    assertThat(third.personalizationScore()).isEqualTo(82);
  }

  @Test
  void aStreamStopsFetchingOnceItHasEnough() throws Exception {
    server.enqueue(json(page("c-1", item(FIRST, ServiceId.COLD_DM), item(SECOND, ServiceId.OBJECTION))));

    List<UUID> newest = services.history().list().stream().limit(2).map(HistoryItem::id).toList();

    assertThat(newest).containsExactly(FIRST, SECOND);
    assertThat(take().getPath()).isEqualTo("/user/history");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anUnfilteredPageMixesServicesEachWithItsOwnRecords() {
    server.enqueue(json(page(null, item(FIRST, ServiceId.COLD_DM), item(SECOND, ServiceId.OBJECTION))));

    Page<HistoryItem> page = services.history().page(HistoryQuery.all());

    assertThat(page.data()).extracting(HistoryItem::output)
        .hasExactlyElementsOfTypes(ColdDmOutput.class, ObjectionOutput.class);
    assertThat(page.data().get(1).input()).isInstanceOf(ObjectionInput.class).isEqualTo(Samples.objectionInput());
    assertThat(page.data().get(1).personalizationScore()).isNull();
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void aPagerCanResumeFromAKeptCursor() throws Exception {
    server.enqueue(json(page(null, item(THIRD, ServiceId.CAROUSEL))));
    HistoryQuery resumed = HistoryQuery.builder().cursor("c-9").build();

    assertThat(services.history().list(resumed, RequestOptions.none())).extracting(HistoryItem::id)
        .containsExactly(THIRD);
    assertThat(take().getPath()).isEqualTo("/user/history?cursor=c-9");
  }

  @Test
  void aSinglePageCanBeFetchedWithoutBlockingAndWithItsMetadata() throws Exception {
    server.enqueue(json(page("c-2", item(FIRST, ServiceId.WARMRANKER))));
    server.enqueue(json(page(null)).setHeader("X-Request-Id", "req-history"));
    HistoryQuery query = HistoryQuery.of(ServiceId.WARMRANKER);

    Page<HistoryItem> first = services.history().pageAsync(query).get(5, TimeUnit.SECONDS);
    ApiResponse<Page<HistoryItem>> next =
        services.history().pageWithResponse(query.toBuilder().cursor(first.nextCursor()).build(),
            RequestOptions.none());

    assertThat(first.data()).singleElement().satisfies(item ->
        assertThat(item.outputAs(ServiceDefinitions.WARMRANKER)).contains(Samples.warmrankerOutput()));
    assertThat(next.value().data()).isEmpty();
    assertThat(next.requestId()).isEqualTo("req-history");
    assertThat(take().getPath()).isEqualTo("/user/history?service=warmranker");
    assertThat(take().getPath()).isEqualTo("/user/history?service=warmranker&cursor=c-2");
  }

  @Test
  void aRefusedCursorIsABadRequest() {
    server.enqueue(problem(400, "invalid_cursor", ""));

    assertThatThrownBy(() -> services.history().page(HistoryQuery.builder().cursor("forged").build()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_cursor"));
  }

  @Test
  void getReadsOneGenerationById() throws Exception {
    server.enqueue(json(item(SECOND, ServiceId.NO_SHOW_SHIELD)));

    HistoryItem item = services.history().get(SECOND);

    assertThat(take().getPath()).isEqualTo("/user/history/" + SECOND);
    assertThat(item.service()).isEqualTo(ServiceId.NO_SHOW_SHIELD);
    assertThat(item.outputAs(ServiceDefinitions.NO_SHOW_SHIELD)).contains(Samples.noShowShieldOutput());
    assertThat(item.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
  }

  @Test
  void aMissingGenerationIsNotFoundInEveryForm() {
    server.enqueue(problem(404, "not_found", ""));
    server.enqueue(problem(404, "not_found", ""));

    assertThatThrownBy(() -> services.history().get(FIRST)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> services.history().getAsync(FIRST).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void aQueryKeepsItsLimitsOnTheClient() {
    assertThatThrownBy(() -> HistoryQuery.builder().limit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HistoryQuery.builder().limit(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HistoryQuery.of(ServiceId.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(HistoryQuery.builder().service(ServiceDefinitions.PITCH_DECK).limit(100).cursor(" ").build())
        .isEqualTo(HistoryQuery.builder().service(ServiceId.PITCH_DECK).limit(100).build());
    assertThat(HistoryQuery.all().service()).isEmpty();
    assertThat(HistoryQuery.all().limit()).isEmpty();
  }

  static String page(String nextCursor, String... items) {
    return "{\"data\":[" + String.join(",", items) + "]"
        + (nextCursor == null ? "" : ",\"next_cursor\":\"" + nextCursor + "\"") + "}";
  }

  /** A history item as the server sends it, with the service's wire fixtures as input and output. */
  static String item(UUID id, ServiceId service) {
    return "{\"id\":\"" + id + "\",\"service\":\"" + service.id() + "\",\"created_at\":\"2026-03-01T10:15:30Z\","
        + "\"input\":" + Wire.fixture(service, "input.json") + ",\"output\":" + Wire.fixture(service, "output.json")
        + ",\"model\":\"konqer-offline\",\"tokens_used\":312"
        + (service == ServiceId.COLD_DM ? ",\"personalization_score\":82" : "") + "}";
  }
}
