package app.konqer.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.db.Rows;
import app.konqer.server.paging.Cursor;
import app.konqer.server.paging.CursorCodec;
import app.konqer.server.testing.GenerationRows;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.SampleInputs;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /user/history}: keyset pages over real rows, per user and per service, and the parameters' rules. */
class HistoryPagingTest {
  private static final Type PAGE = Types.newParameterizedType(Page.class, HistoryItem.class);
  private static final Instant T0 = Instant.parse("2026-02-01T09:00:00.000001Z");
  private static final String ADA = TestTokens.user("kc-history-ada");
  private static final String TIES = TestTokens.user("kc-history-ties");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static UUID ada;
  private static UUID ties;

  @BeforeAll
  static void seed() {
    ada = userId(ADA);
    ties = userId(TIES);
    UUID bob = userId(TestTokens.user("kc-history-bob"));
    GenerationRows rows = new GenerationRows(server.database());
    List<ServiceDefinition<?, ?>> all = ServiceDefinitions.all();
    for (int i = 0; i < 47; i++) {
      // Groups of five at one instant, the services interleaved: ties within a group are broken by id.
      Instant at = T0.plusSeconds(i / 5);
      rows.insert(ada, all.get(i % all.size()), at);
      rows.insert(bob, all.get(i % all.size()), at);
    }
    for (int i = 0; i < 25; i++) {
      rows.insert(ties, ServiceDefinitions.COLD_DM, T0);
    }
  }

  @Test
  void pagesCoverTheWholeHistoryNewestFirstWithNoGapAndNoRepeat() {
    List<List<UUID>> pages = pageThrough(ADA, "", 7);

    assertThat(pages).hasSize(7);
    assertThat(pages.subList(0, 6)).allSatisfy(page -> assertThat(page).hasSize(7));
    assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(newestFirst(ada, null));
  }

  @Test
  void rowsThatShareOneTimestampArePagedByIdWithNoGapAndNoRepeat() {
    List<UUID> seen = pageThrough(TIES, "", 4).stream().flatMap(List::stream).toList();

    assertThat(seen).hasSize(25).doesNotHaveDuplicates().containsExactlyElementsOf(newestFirst(ties, null));
  }

  @Test
  void aServiceFilterListsThatServiceAlone() {
    List<UUID> coldDm = pageThrough(ADA, "service=cold-dm&", 2).stream().flatMap(List::stream).toList();

    assertThat(coldDm).hasSize(4).containsExactlyElementsOf(newestFirst(ada, ServiceId.COLD_DM));
    Page<HistoryItem> page = page(ADA, "/user/history?service=warmranker");
    assertThat(page.data()).extracting(HistoryItem::service).containsOnly(ServiceId.WARMRANKER).hasSize(4);
  }

  @Test
  void anEmptyServiceFilterListsEveryService() {
    Page<HistoryItem> page = page(ADA, "/user/history?service=&limit=100");

    assertThat(page.data()).hasSize(47);
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void everyItemHoldsItsServicesRecords() {
    Page<HistoryItem> page = page(ADA, "/user/history?limit=24");

    assertThat(page.data()).extracting(HistoryItem::service).containsAll(
        ServiceDefinitions.all().stream().map(ServiceDefinition::service).toList());
    assertThat(page.data()).allSatisfy(item -> {
      ServiceDefinition<?, ?> definition = ServiceDefinitions.forId(item.service()).orElseThrow();
      assertThat(item.input()).isEqualTo(SampleInputs.of(definition));
      assertThat(item.output()).isInstanceOf(definition.outputType()).isEqualTo(GenerationRows.output(definition));
      assertThat(item.model()).isEqualTo("konqer-offline");
      assertThat(item.tokensUsed()).isEqualTo(312);
    });
  }

  @Test
  void theDefaultPageHoldsTwentyAndTheLimitRunsFromOneToAHundred() {
    assertThat(page(ADA, "/user/history").data()).hasSize(20);
    assertThat(page(ADA, "/user/history?limit=1").data()).hasSize(1);
    assertThat(page(ADA, "/user/history?limit=100").data()).hasSize(47);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-1", "ten", "2.5", "99999999999"})
  void aLimitOutOfRangeIsABadRequest(String limit) {
    assertProblem(get(ADA, "/user/history?limit=" + limit), 400, "invalid_limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%F0%9F%98%80"})
  void aCursorNoListReturnedIsABadRequest(String cursor) {
    assertProblem(get(ADA, "/user/history?cursor=" + cursor), 400, "invalid_cursor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-4714-11-24T00:00:00Z", "+10000-01-01T00:00:00Z", "+292000-01-01T00:00:00Z",
      "-290000-01-01T00:00:00Z"})
  void aWellFormedCursorAtATimeNoRowCanHaveIsABadRequestNotA500(String at) {
    String forged = new CursorCodec("history").encode(new Cursor(Instant.parse(at), UUID.randomUUID()));

    assertProblem(get(ADA, "/user/history?cursor=" + forged), 400, "invalid_cursor");
  }

  @Test
  void aCursorIsRefusedByEveryOtherListThanItsOwn() {
    String coldDm = page(ADA, "/user/history?service=cold-dm&limit=1").nextCursor();
    String whole = page(ADA, "/user/history?limit=1").nextCursor();

    assertThat(get(ADA, "/user/history?service=cold-dm&cursor=" + coldDm).status()).isEqualTo(200);
    assertProblem(get(ADA, "/user/history?service=objection&cursor=" + coldDm), 400, "invalid_cursor");
    assertProblem(get(ADA, "/user/history?cursor=" + coldDm), 400, "invalid_cursor");
    assertProblem(get(ADA, "/user/history?service=cold-dm&cursor=" + whole), 400, "invalid_cursor");
    assertProblem(get(ADA, "/billing/payments?cursor=" + whole), 400, "invalid_cursor");
  }

  @Test
  void aCursorCarriesNoAccessToAnotherUsersHistory() {
    String adasCursor = page(ADA, "/user/history?limit=1").nextCursor();

    Page<HistoryItem> page = page(TIES, "/user/history?limit=100&cursor=" + adasCursor);

    assertThat(page.data()).extracting(HistoryItem::id).isSubsetOf(newestFirst(ties, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cold-fax", "COLD-DM", "unknown", "cold_dm"})
  void aServiceNoneOfTheTwelveIsABadRequest(String service) {
    Reply reply = get(ADA, "/user/history?service=" + service);

    assertProblem(reply, 400, "invalid_service");
    assertThat(reply.problem().detail()).contains("cold-dm", "no-show-shield");
  }

  @Test
  void theHistoryNeedsAToken() {
    assertProblem(server.http().get("/user/history"), 401, "unauthorized");
  }

  @Test
  void everyPageQueryIsAnOrderedIndexScan() {
    String all = plan(HistoryQueries.ALL_FIRST, false, false);
    String allAfter = plan(HistoryQueries.ALL_AFTER, false, true);
    String one = plan(HistoryQueries.SERVICE_FIRST, true, false);
    String oneAfter = plan(HistoryQueries.SERVICE_AFTER, true, true);

    assertThat(all).contains("generations_user_history_idx").doesNotContain("Sort");
    assertThat(allAfter).contains("generations_user_history_idx").doesNotContain("Sort");
    assertThat(one).contains("generations_user_service_history_idx").doesNotContain("Sort");
    assertThat(oneAfter).contains("generations_user_service_history_idx").doesNotContain("Sort");
  }

  /** Follows next_cursor from the first page to the last, returning each page's ids. */
  private static List<List<UUID>> pageThrough(String token, String filter, int limit) {
    List<List<UUID>> pages = new ArrayList<>();
    String cursor = null;
    do {
      Reply reply = get(token, "/user/history?" + filter + "limit=" + limit
          + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(reply.status()).isEqualTo(200);
      Page<HistoryItem> page = reply.json(PAGE);
      pages.add(page.data().stream().map(HistoryItem::id).toList());
      cursor = page.nextCursor();
    } while (cursor != null);
    assertThat(pages.stream().flatMap(List::stream).toList()).doesNotHaveDuplicates();
    return pages;
  }

  /** The user's generation ids as PostgreSQL orders them, newest first. */
  private static List<UUID> newestFirst(UUID user, ServiceId service) {
    return server.database().query(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT id FROM generations WHERE user_id = ?"
          + (service == null ? "" : " AND service = '" + service.id() + "'")
          + " ORDER BY created_at DESC, id DESC")) {
        select.setObject(1, user);
        List<UUID> ids = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            ids.add(Rows.uuid(row, "id"));
          }
        }
        return ids;
      }
    });
  }

  /**
   * The plan of a repository query with realistic parameters. Scans that read a whole user's rows (sequential and
   * bitmap) are switched off, as the planner would avoid them on a big table with a small limit; what remains shows
   * whether an index yields the rows in order.
   */
  private static String plan(String query, boolean oneService, boolean afterCursor) {
    return server.database().transaction(c -> {
      try (Statement settings = c.createStatement()) {
        settings.execute("ANALYZE generations");
        settings.execute("SET LOCAL enable_seqscan = off");
        settings.execute("SET LOCAL enable_bitmapscan = off");
      }
      try (PreparedStatement explain = c.prepareStatement("EXPLAIN " + query)) {
        int index = 1;
        explain.setObject(index++, ada);
        if (oneService) {
          explain.setString(index++, "cold-dm");
        }
        if (afterCursor) {
          Rows.setInstant(explain, index++, T0.plusSeconds(5));
          explain.setObject(index++, UUID.randomUUID());
        }
        explain.setInt(index, 21);
        StringBuilder plan = new StringBuilder();
        try (ResultSet row = explain.executeQuery()) {
          while (row.next()) {
            plan.append(row.getString(1)).append('\n');
          }
        }
        return plan.toString();
      }
    });
  }

  private static UUID userId(String token) {
    return get(token, "/user/me").json(UserProfile.class).id();
  }

  private static Page<HistoryItem> page(String token, String path) {
    Reply reply = get(token, path);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json(PAGE);
  }

  private static Reply get(String token, String path) {
    return server.http().get(path, token);
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.mediaType()).isEqualTo("application/problem+json");
    Problem problem = reply.problem();
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.requestId()).isEqualTo(reply.header("X-Request-Id"));
  }
}
