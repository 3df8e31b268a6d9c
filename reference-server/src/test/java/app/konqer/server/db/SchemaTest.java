package app.konqer.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.server.operations.Metrics;
import app.konqer.server.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The migrated schema: the seeded catalog, the constraints that keep data valid, the indexes lists rely on. */
class SchemaTest {
  private static Database database;
  private static UUID user;

  @BeforeAll
  static void connect() {
    TestPostgres postgres = TestPostgres.shared();
    database = Database.connect(new PoolSettings(postgres.newDatabase(), postgres.user(), null, 2,
        Duration.ofSeconds(2)), new Metrics().registry());
    user = database.query(c -> {
      try (ResultSet row = c.createStatement().executeQuery(
          "INSERT INTO users (keycloak_user_id, email) VALUES ('kc-schema', 's@example.com') RETURNING id")) {
        row.next();
        return Rows.uuid(row, "id");
      }
    });
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void theCatalogHoldsExactlyTheTwelveServices() {
    List<String> rows = database.query(c -> {
      List<String> out = new ArrayList<>();
      try (ResultSet row = c.createStatement().executeQuery("""
          SELECT service, name, slug, type, price_monthly_cents, price_yearly_cents, rate_limit_daily, enabled,
                 unlock_day
          FROM service_configs ORDER BY position""")) {
        while (row.next()) {
          out.add(String.join("|", row.getString(1), row.getString(2), row.getString(3), row.getString(4),
              row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9)));
        }
      }
      return out;
    });

    assertThat(rows).containsExactly(
        "cold-dm|Cold DM Personalizer|cold-dm-personalizer|Blue|9900|99000|100|t|0",
        "battlecards|Outbound Battlecards AI|outbound-battlecards-ai|Blue|9900|99000|100|t|7",
        "objection|Sales Objection Crusher|sales-objection-crusher|Blue|9900|99000|100|t|0",
        "community-finder|Community Finder Pro|community-finder-pro|Blue|9900|99000|100|t|14",
        "carousel|LinkedIn Carousel Forge|linkedin-carousel-forge|Blue|9900|99000|100|t|0",
        "cold-email|AI Cold Email Writer|ai-cold-email-writer|Red|9900|99000|100|t|7",
        "pitch-deck|Startup Pitch Deck Builder|startup-pitch-deck-builder|Core|9900|99000|100|t|14",
        "whitepaper|AI Whitepaper Generator|ai-whitepaper-generator|Core|9900|99000|100|t|21",
        "deck-heatmap|VC Deck Heatmap|vc-deck-heatmap|Blue|9900|99000|100|t|21",
        "webinar|Webinar Demand Scanner|webinar-demand-scanner|Blue|9900|99000|100|t|28",
        "warmranker|Email WarmRanker|email-warmranker|Red|9900|99000|100|t|28",
        "no-show-shield|Calendar No-Show Shield|calendar-no-show-shield|Blue|9900|99000|100|t|28");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO subscriptions (user_id, plan, status) VALUES ('%s', 'gold', 'active')",
      "INSERT INTO subscriptions (user_id, plan, status) VALUES ('%s', 'founding', 'paused')",
      "INSERT INTO subscriptions (user_id, plan, status) VALUES ('%s', 'monthly_single', 'active')",
      "INSERT INTO subscriptions (user_id, plan, service, status) VALUES ('%s', 'monthly_bundle', 'cold-dm', 'active')",
      "INSERT INTO subscriptions (user_id, plan, service, status) VALUES ('%s', 'annual_single', 'cold-fax', 'active')",
      "INSERT INTO payments (user_id, amount_cents, status) VALUES ('%s', -1, 'succeeded')",
      "INSERT INTO payments (user_id, amount_cents, status) VALUES ('%s', 100, 'lost')",
      "INSERT INTO generations (user_id, service, input, output, model, personalization_score)"
          + " VALUES ('%s', 'cold-dm', '{}', '{}', 'm', 101)",
      "INSERT INTO service_configs (service, name, slug, type, position, price_monthly_cents, price_yearly_cents,"
          + " rate_limit_daily) SELECT 'x', 'X', 'x' || '%s', 'Green', 13, 1, 1, 1"})
  void invalidRowsAreRefused(String sql) {
    assertThatThrownBy(() -> execute(String.format(sql, user)))
        .isInstanceOf(DatabaseException.class)
        .satisfies(e -> assertThat(((DatabaseException) e).sqlState()).isIn("23514", "23503"));
  }

  @Test
  void validRowsAreAcceptedWithTheirDefaults() {
    execute("INSERT INTO subscriptions (user_id, plan, service, status) VALUES ('" + user
        + "', 'annual_single', 'webinar', 'trialing')");
    execute("INSERT INTO payments (user_id, amount_cents, status, metadata) VALUES ('" + user
        + "', 69900, 'succeeded', '{\"plan\": \"founding\"}')");

    String currency = database.query(c -> {
      try (ResultSet row = c.createStatement().executeQuery("SELECT currency FROM payments")) {
        row.next();
        return row.getString(1);
      }
    });
    assertThat(currency).isEqualTo("eur");
  }

  @Test
  void aUserHasOneAccessRowPerService() {
    String grant = "INSERT INTO service_access (user_id, service, unlocked_at) VALUES ('" + user
        + "', 'carousel', now())";
    execute(grant);

    assertThatThrownBy(() -> execute(grant))
        .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.sqlState()).isEqualTo("23505"));
  }

  @Test
  void historyIsReadNewestFirstFromItsIndexes() {
    String perUser = plan("""
        SELECT id FROM generations WHERE user_id = '%s' AND (created_at, id) < (now(), gen_random_uuid())
        ORDER BY created_at DESC, id DESC LIMIT 21""".formatted(user));
    String perService = plan("""
        SELECT id FROM generations WHERE user_id = '%s' AND service = 'cold-dm'
        ORDER BY created_at DESC, id DESC LIMIT 21""".formatted(user));

    assertThat(perUser).contains("generations_user_history_idx").doesNotContain("Sort");
    assertThat(perService).contains("generations_user_service_history_idx").doesNotContain("Sort");
  }

  @Test
  void analyzeSkipsThePayloadColumnsAndKeepsStatisticsOnWhatQueriesFilterBy() {
    execute("""
        INSERT INTO generations (user_id, service, input, output, model)
        SELECT '%s', 'cold-dm', jsonb_build_object('n', i), jsonb_build_object('message', md5(i::text)), 'm'
        FROM generate_series(1, 200) i""".formatted(user));
    execute("ANALYZE generations, events, idempotency_keys");

    List<String> columns = database.query(c -> {
      List<String> out = new ArrayList<>();
      try (ResultSet row = c.createStatement().executeQuery("""
          SELECT tablename || '.' || attname FROM pg_stats
          WHERE schemaname = current_schema() AND tablename = 'generations' ORDER BY attname""")) {
        while (row.next()) {
          out.add(row.getString(1));
        }
      }
      return out;
    });
    List<String> skipped = database.query(c -> {
      List<String> out = new ArrayList<>();
      try (ResultSet row = c.createStatement().executeQuery("""
          SELECT attrelid::regclass || '.' || attname FROM pg_attribute
          WHERE attrelid IN ('generations'::regclass, 'events'::regclass, 'idempotency_keys'::regclass)
            AND attstattarget = 0 ORDER BY 1""")) {
        while (row.next()) {
          out.add(row.getString(1));
        }
      }
      return out;
    });

    assertThat(columns).contains("generations.user_id", "generations.created_at", "generations.service")
        .doesNotContain("generations.input", "generations.output");
    assertThat(skipped).containsExactlyInAnyOrder("events.metadata", "generations.input", "generations.output",
        "idempotency_keys.request_hash", "idempotency_keys.response_body", "idempotency_keys.response_headers");
  }

  private static String plan(String query) {
    return database.transaction(c -> {
      try (Statement statement = c.createStatement()) {
        statement.execute("SET LOCAL enable_seqscan = off");
        StringBuilder plan = new StringBuilder();
        try (ResultSet row = statement.executeQuery("EXPLAIN " + query)) {
          while (row.next()) {
            plan.append(row.getString(1)).append('\n');
          }
        }
        return plan.toString();
      }
    });
  }

  private static void execute(String sql) {
    database.query(c -> execute(c, sql));
  }

  private static int execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }
}
