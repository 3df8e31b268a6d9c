package app.konqer.server.paging;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.paging.Page;
import app.konqer.server.db.Database;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.db.Rows;
import app.konqer.server.operations.Metrics;
import app.konqer.server.testing.TestPostgres;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keyset paging over real rows: every page follows the last, with no gap and no repeat, even at equal times. */
class KeysetPagingTest {
  private static final Instant T0 = Instant.parse("2026-02-01T09:00:00.000001Z");
  private static Database database;
  private static UUID user;

  @BeforeAll
  static void seed() {
    TestPostgres postgres = TestPostgres.shared();
    database = Database.connect(new PoolSettings(postgres.newDatabase(), postgres.user(), null, 2,
        Duration.ofSeconds(2)), new Metrics().registry());
    user = insertUser("kc-pager");
    UUID other = insertUser("kc-other");
    for (int i = 0; i < 25; i++) {
      // Five distinct times, five generations at each: ties are broken by id.
      insertGeneration(user, i % 2 == 0 ? "cold-dm" : "objection", T0.plusSeconds(i / 5));
      insertGeneration(other, "cold-dm", T0.plusSeconds(i / 5));
    }
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void pagingVisitsEveryRowOnceInOrder() {
    assertThat(pageThrough(null, "7")).containsExactlyElementsOf(all(null));
  }

  @Test
  void pagingOneServiceVisitsOnlyItsRows() {
    List<UUID> coldDm = pageThrough("cold-dm", "4");

    assertThat(coldDm).hasSize(13).containsExactlyElementsOf(all("cold-dm"));
  }

  @Test
  void aPageSizeThatDividesTheListEndsWithoutAnEmptyPage() {
    Keyset keyset = new Keyset("history");
    PageRequest request = keyset.request("25", null);

    Page<Row> page = keyset.page(fetch(null, request), request, Row::cursor);

    assertThat(page.data()).hasSize(25);
    assertThat(page.nextCursor()).isNull();
  }

  record Row(UUID id, Instant createdAt) {
    Cursor cursor() {
      return new Cursor(createdAt, id);
    }
  }

  private static List<UUID> pageThrough(String service, String limit) {
    Keyset keyset = new Keyset("history");
    List<UUID> seen = new ArrayList<>();
    String cursor = null;
    do {
      PageRequest request = keyset.request(limit, cursor);
      Page<Row> page = keyset.page(fetch(service, request), request, Row::cursor);
      page.data().forEach(row -> seen.add(row.id()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return seen;
  }

  private static List<Row> fetch(String service, PageRequest request) {
    String sql = "SELECT id, created_at FROM generations WHERE user_id = ?"
        + (service == null ? "" : " AND service = ?")
        + (request.after() == null ? "" : " AND (created_at, id) < (?, ?)")
        + " ORDER BY created_at DESC, id DESC LIMIT ?";
    return database.query(c -> {
      try (PreparedStatement select = c.prepareStatement(sql)) {
        int i = 1;
        select.setObject(i++, user);
        if (service != null) {
          select.setString(i++, service);
        }
        if (request.after() != null) {
          Rows.setInstant(select, i++, request.after().createdAt());
          select.setObject(i++, request.after().id());
        }
        select.setInt(i, request.fetchSize());
        List<Row> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            rows.add(new Row(Rows.uuid(row, "id"), Rows.instant(row, "created_at")));
          }
        }
        return rows;
      }
    });
  }

  private static List<UUID> all(String service) {
    return fetch(service, new PageRequest(1000, null)).stream().map(Row::id).toList();
  }

  private static UUID insertUser(String subject) {
    return database.query(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO users (keycloak_user_id) VALUES (?) RETURNING id")) {
        insert.setString(1, subject);
        try (ResultSet row = insert.executeQuery()) {
          row.next();
          return Rows.uuid(row, "id");
        }
      }
    });
  }

  private static void insertGeneration(UUID owner, String service, Instant at) {
    database.query(c -> {
      try (PreparedStatement insert = c.prepareStatement("""
          INSERT INTO generations (user_id, service, input, output, model, created_at)
          VALUES (?, ?, '{}', '{}', 'konqer-offline', ?)""")) {
        insert.setObject(1, owner);
        insert.setString(2, service);
        Rows.setInstant(insert, 3, at);
        return insert.executeUpdate();
      }
    });
  }
}
