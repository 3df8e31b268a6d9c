package app.konqer.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.admin.DailyGenerations;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.paging.Page;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /admin/metrics/generations}: the last 30 UTC days by the server's clock, every service, zeros too. */
class GenerationMetricsTest {
  private static final Type PAGE = Types.newParameterizedType(Page.class, DailyGenerations.class);
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @BeforeAll
  static void seed() {
    AdminSeed seed = new AdminSeed(server.database());
    UUID ada = seed.user("ada@example.com", Instant.parse("2025-01-01T00:00:00Z"));
    seed.generation(ada, ServiceId.COLD_DM, Instant.parse("2026-01-05T00:00:00Z"));
    seed.generation(ada, ServiceId.COLD_DM, Instant.parse("2026-01-05T09:59:59Z"));
    seed.generation(ada, ServiceId.OBJECTION, Instant.parse("2026-01-04T23:59:59.999999Z"));
    seed.generation(ada, ServiceId.NO_SHOW_SHIELD, Instant.parse("2025-12-07T00:00:00Z"));
    seed.generation(ada, ServiceId.NO_SHOW_SHIELD, Instant.parse("2025-12-06T23:59:59Z"));
    seed.generation(ada, ServiceId.WEBINAR, Instant.parse("2026-01-06T00:00:00Z"));
  }

  @Test
  void everyDayAndServiceOfTheWindowIsListedOldestFirst() {
    List<DailyGenerations> rows = metrics();

    assertThat(rows).hasSize(30 * 12);
    assertThat(rows.get(0)).isEqualTo(new DailyGenerations(LocalDate.of(2025, 12, 7), ServiceId.COLD_DM, 0));
    assertThat(rows.get(11)).isEqualTo(new DailyGenerations(LocalDate.of(2025, 12, 7), ServiceId.NO_SHOW_SHIELD, 1));
    assertThat(rows.get(rows.size() - 1)).isEqualTo(new DailyGenerations(TODAY, ServiceId.NO_SHOW_SHIELD, 0));
    assertThat(rows.stream().map(DailyGenerations::day).distinct()).hasSize(30).isSorted();
    assertThat(rows.stream().filter(row -> row.count() > 0)).containsExactly(
        new DailyGenerations(LocalDate.of(2025, 12, 7), ServiceId.NO_SHOW_SHIELD, 1),
        new DailyGenerations(LocalDate.of(2026, 1, 4), ServiceId.OBJECTION, 1),
        new DailyGenerations(TODAY, ServiceId.COLD_DM, 2));
  }

  @Test
  void theWindowMovesWithTheClock() {
    server.clock().advance(Duration.ofDays(1));
    List<DailyGenerations> rows;
    try {
      rows = metrics();
    } finally {
      server.clock().advance(Duration.ofDays(-1));
    }

    assertThat(rows).hasSize(30 * 12);
    assertThat(rows.get(0).day()).isEqualTo(LocalDate.of(2025, 12, 8));
    assertThat(rows.stream().filter(row -> row.count() > 0)).containsExactly(
        new DailyGenerations(LocalDate.of(2026, 1, 4), ServiceId.OBJECTION, 1),
        new DailyGenerations(TODAY, ServiceId.COLD_DM, 2),
        new DailyGenerations(TODAY.plusDays(1), ServiceId.WEBINAR, 1));
  }

  @Test
  void theCountReadsTheTimeIndex() {
    String plan = server.database().transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL enable_seqscan = off");
        StringBuilder lines = new StringBuilder();
        try (ResultSet row = statement.executeQuery("EXPLAIN SELECT (created_at AT TIME ZONE 'UTC')::date, service, "
            + "count(*) FROM generations WHERE created_at >= now() - interval '30 days' AND created_at < now() "
            + "GROUP BY 1, 2")) {
          while (row.next()) {
            lines.append(row.getString(1)).append('\n');
          }
        }
        return lines.toString();
      }
    });

    assertThat(plan).contains("generations_created_service_idx");
  }

  private static List<DailyGenerations> metrics() {
    Reply reply = server.http().get("/admin/metrics/generations", TestTokens.admin("kc-metrics-admin"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Page<DailyGenerations> page = reply.json(PAGE);
    assertThat(page.nextCursor()).isNull();
    return page.data();
  }
}
