package app.konqer.server.bench;

import app.konqer.server.KonqerServer;
import app.konqer.server.ServerAssembly;
import app.konqer.server.ServerConfig;
import app.konqer.server.db.Database;
import app.konqer.server.db.EmbeddedDatabase;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.db.Rows;
import app.konqer.server.history.HistoryQueries;
import app.konqer.server.paging.Cursor;
import app.konqer.server.paging.CursorCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Benchmarks {@code GET /user/history} with 1,000,000 generations in the table against 10,000, for one user among
 * 1,000 who has the same 3,000 generations in both.
 *
 * <p>Starts an embedded PostgreSQL with two databases, one per table size, and a real server on each (dev mode,
 * RS256 dev tokens). Each table is filled with one server-side {@code INSERT ... SELECT FROM generate_series} (the
 * payloads of a real cold-dm generation; the measured user's rows interleaved evenly with the other users', as
 * months of use would leave them), then {@code VACUUM ANALYZE}d, and {@code EXPLAIN (ANALYZE, BUFFERS)} of the page
 * statements is printed. Four pages are measured over HTTP: the first page and a page 2,000 rows deep (by cursor),
 * each at the default limit (20, the SDK's default too) and at the maximum (100). Both sizes are measured at the same
 * time, a closed loop against each server, so that both see the same machine; the small table is the baseline.
 * Settings, as system properties: {@code bench.workers} (per table, default 2), {@code bench.warmup} (seconds,
 * default 5), {@code bench.seconds} (measured seconds per page, default 15), {@code bench.rows} (the large table,
 * default 1,000,000). Run with {@code mvn -q -B -pl reference-server -am -Pbench process-test-classes
 * -Dbench=history}.
 */
public final class HistoryBenchmark {
  /** How long the statements that fill the table may run. */
  private static final Duration FILL_READ_TIMEOUT = Duration.ofMinutes(30);
  private static final int USERS = 1_000;
  private static final int USER_ROWS = 3_000;
  private static final int DEEP = 2_000;
  private static final int SMALL = 10_000;

  private HistoryBenchmark() {}

  /** One page the loop asks for. */
  private record Page(String name, int limit, boolean deep) {}

  /**
   * Runs the benchmark and prints the plans and the table.
   *
   * @param args ignored
   * @throws Exception when the setup fails
   */
  public static void main(String[] args) throws Exception {
    int workers = Integer.getInteger("bench.workers", 2);
    Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    int large = Integer.getInteger("bench.rows", 1_000_000);
    List<Page> pages = List.of(new Page("first page, limit 20", 20, false),
        new Page("first page, limit 100", 100, false),
        new Page("page 2,000 rows deep, limit 20", 20, true),
        new Page("page 2,000 rows deep, limit 100", 100, true));

    Path dataDir = Files.createTempDirectory("konqer-bench-history");
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir)) {
      List<Table> tables = new ArrayList<>();
      try {
        for (int rows : List.of(SMALL, large)) {
          tables.add(Table.start(postgres, dataDir, "konqer_" + rows, rows, workers));
        }
        // Every page once round before any is measured, so that the first page measured is not the JIT's warm-up.
        concurrently(tables, table -> ClosedLoop.run("warm-up", workers, Duration.ZERO, warmUp.multipliedBy(2),
            worker -> {
              for (Page page : pages) {
                table.api.get(table.path(page), table.token);
              }
            }));
        Map<Table, List<ClosedLoop.Result>> results = new LinkedHashMap<>();
        for (Table table : tables) {
          results.put(table, new ArrayList<>());
        }
        for (Page page : pages) {
          List<ClosedLoop.Result> both = concurrently(tables, table -> ClosedLoop.run(page.name(), workers, warmUp,
              measured, worker -> table.api.get(table.path(page), table.token)));
          for (int i = 0; i < tables.size(); i++) {
            results.get(tables.get(i)).add(both.get(i));
          }
        }
        print(workers, warmUp, measured, results.get(tables.get(0)), results.get(tables.get(1)), large);
      } finally {
        for (Table table : tables) {
          table.close();
        }
      }
    } finally {
      Directories.delete(dataDir);
    }
  }

  /** Runs one loop per table at the same time, so that both see the same machine. */
  private static List<ClosedLoop.Result> concurrently(List<Table> tables, LoopOf loop) throws Exception {
    List<CompletableFuture<ClosedLoop.Result>> runs = new ArrayList<>();
    for (Table table : tables) {
      runs.add(CompletableFuture.supplyAsync(() -> {
        try {
          return loop.run(table);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }, runnable -> new Thread(runnable, "history-loop").start()));
    }
    List<ClosedLoop.Result> results = new ArrayList<>();
    for (CompletableFuture<ClosedLoop.Result> run : runs) {
      results.add(run.get());
    }
    return results;
  }

  /** The loop run against one table. */
  @FunctionalInterface
  private interface LoopOf {
    ClosedLoop.Result run(Table table) throws InterruptedException;
  }

  /** One database of the embedded PostgreSQL, filled to a size, and a server of its own on it. */
  private static final class Table implements AutoCloseable {
    private final KonqerServer server;
    private final Database database;
    private final OkHttpClient http;
    private final ApiCalls api;
    private final String token;
    private final String cursor;

    private Table(KonqerServer server, Database database, OkHttpClient http, ApiCalls api, String token,
        String cursor) {
      this.server = server;
      this.database = database;
      this.http = http;
      this.api = api;
      this.token = token;
      this.cursor = cursor;
    }

    static Table start(EmbeddedDatabase postgres, Path dataDir, String name, int rows, int workers)
        throws Exception {
      try (Database admin = Database.connect(new PoolSettings(postgres.jdbcUrl(), postgres.user(), null, 1,
          Duration.ofSeconds(10)), new SimpleMeterRegistry())) {
        admin.query(c -> execute(c, "CREATE DATABASE " + name));
      }
      String url = postgres.jdbcUrl().substring(0, postgres.jdbcUrl().lastIndexOf('/') + 1) + name;
      ServerConfig config = ServerConfig.fromEnv(Map.of(
          "PORT", "0",
          "KONQER_DATABASE_URL", url,
          "KONQER_DATABASE_USER", postgres.user(),
          "KONQER_DEV_AUTH", "true",
          "KONQER_DATA_DIR", dataDir.toString(),
          "KONQER_DB_POOL_SIZE", Integer.toString(workers),
          "KONQER_RATE_LIMIT_PER_USER", "0",
          "KONQER_RATE_LIMIT_PER_IP", "0"), dataDir);
      KonqerServer server = ServerAssembly.start(config);
      // Filling a million rows is one statement of a minute or more: past the server's read timeout of 30 s.
      Database database = Database.connect(new PoolSettings(url, postgres.user(), null, 1, Duration.ofSeconds(10),
          FILL_READ_TIMEOUT), new SimpleMeterRegistry());
      OkHttpClient http = new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(workers, 5, TimeUnit.MINUTES))
          .build();
      ApiCalls api = new ApiCalls(http, server.url().toString());
      String token = api.devToken("history-bench@example.com");
      UUID user = api.userId(token);
      String[] payload = samplePayload(database, api, token, user);
      database.query(c -> execute(c, "INSERT INTO users (keycloak_user_id, email) SELECT 'bench-' || g,"
          + " 'bench-' || g || '@example.com' FROM generate_series(1, " + (USERS - 1) + ") g"));
      long filling = System.nanoTime();
      fill(database, user, rows, payload);
      System.out.printf(Locale.ROOT, "%n%,d generations (%,d of the measured user, %,d users) filled and"
          + " analysed in %.1f s%n", rows, USER_ROWS, USERS, (System.nanoTime() - filling) / 1e9);
      Cursor deep = positionAt(database, user, DEEP);
      explain(database, user, deep, String.format(Locale.ROOT, "%,d generations", rows));
      return new Table(server, database, http, api, token, new CursorCodec("history").encode(deep));
    }

    /** The path of a page of the measured user's history. */
    String path(Page page) {
      return "/user/history?limit=" + page.limit() + (page.deep() ? "&cursor=" + cursor : "");
    }

    @Override
    public void close() {
      http.connectionPool().evictAll();
      database.close();
      server.close();
    }
  }

  /** The input and output of one real cold-dm generation of the user, as JSON text. */
  private static String[] samplePayload(Database database, ApiCalls api, String token, UUID user)
      throws Exception {
    database.query(c -> {
      try (PreparedStatement grant = c.prepareStatement(
          "INSERT INTO service_access (user_id, service, unlocked_at) VALUES (?, 'cold-dm', now())")) {
        grant.setObject(1, user);
        return grant.executeUpdate();
      }
    });
    api.generate("cold-dm", token, ColdDmSample.input());
    return database.query(c -> {
      try (Statement select = c.createStatement();
          ResultSet row = select.executeQuery("SELECT input::text, output::text FROM generations LIMIT 1")) {
        row.next();
        return new String[] {row.getString(1), row.getString(2)};
      }
    });
  }

  /**
   * Replaces the table's rows: {@code rows} generations over 10 seconds apiece, every {@code rows / USER_ROWS}-th of
   * the measured user (3,000 in all) and the others spread over the other users.
   */
  private static void fill(Database database, UUID user, int rows, String[] payload) {
    int step = rows / USER_ROWS;
    database.query(c -> {
      execute(c, "TRUNCATE generations");
      try (PreparedStatement insert = c.prepareStatement(
          "WITH others AS (SELECT array_agg(id ORDER BY id) AS ids FROM users WHERE id <> ?)"
              + " INSERT INTO generations (user_id, service, input, output, model, tokens_used,"
              + " personalization_score, latency_ms, created_at)"
              + " SELECT CASE WHEN g % ? = 0 AND g / ? <= ? THEN ? ELSE others.ids[1 + g % cardinality(others.ids)]"
              + " END, 'cold-dm', ?::jsonb, ?::jsonb, 'konqer-offline', 180, 60, 4,"
              + " timestamptz '2025-01-01 00:00:00+00' + g * interval '10 seconds'"
              + " FROM others, generate_series(1, ?) g")) {
        int index = 1;
        insert.setObject(index++, user);
        insert.setInt(index++, step);
        insert.setInt(index++, step);
        insert.setInt(index++, USER_ROWS);
        insert.setObject(index++, user);
        insert.setString(index++, payload[0]);
        insert.setString(index++, payload[1]);
        insert.setInt(index, rows);
        insert.executeUpdate();
      }
      return execute(c, "VACUUM ANALYZE generations");
    });
  }

  /** The keyset position of the user's row at this depth, newest first. */
  private static Cursor positionAt(Database database, UUID user, int depth) {
    return database.query(c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT created_at, id FROM generations WHERE user_id = ?"
          + " ORDER BY created_at DESC, id DESC OFFSET ? LIMIT 1")) {
        select.setObject(1, user);
        select.setInt(2, depth - 1);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return new Cursor(Rows.instant(row, "created_at"), Rows.uuid(row, "id"));
        }
      }
    });
  }

  /** Prints {@code EXPLAIN (ANALYZE, BUFFERS)} of the server's page statements at both limits. */
  private static void explain(Database database, UUID user, Cursor deep, String size) {
    database.query(c -> {
      for (int limit : List.of(20, 100)) {
        print(c, size + ", first page, limit " + limit, HistoryQueries.ALL_FIRST, user, null, limit + 1);
        print(c, size + ", page 2,000 rows deep, limit " + limit, HistoryQueries.ALL_AFTER, user, deep, limit + 1);
      }
      return null;
    });
  }

  private static void print(Connection c, String name, String sql, UUID user, Cursor after, int fetch)
      throws SQLException {
    try (PreparedStatement explain = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
      int index = 1;
      explain.setObject(index++, user);
      if (after != null) {
        Rows.setInstant(explain, index++, after.createdAt());
        explain.setObject(index++, after.id());
      }
      explain.setInt(index, fetch);
      StringBuilder plan = new StringBuilder("\nEXPLAIN (ANALYZE, BUFFERS), " + name + ":\n");
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append("  ").append(rows.getString(1)).append('\n');
        }
      }
      System.out.print(plan);
    }
  }

  private static int execute(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute(sql);
      return 0;
    }
  }

  private static void print(int workers, Duration warmUp, Duration measured, List<ClosedLoop.Result> small,
      List<ClosedLoop.Result> big, int large) {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%nGET /user/history, two servers measured at the same time (one per table), closed loop of %d"
        + " workers each, %d s warm-up, %d s measured per page; %,d vs %,d generations%n%n", workers, warmUp.toSeconds(), measured.toSeconds(),
        large, SMALL));
    table.append(String.format(Locale.ROOT, "| %-32s | %9s | %9s | %9s | %9s | %9s | %9s | %6s | %6s |%n", "page",
        "10k req/s", "10k p50", "10k p99", "1M req/s", "1M p50", "1M p99", "p50 x", "p99 x"));
    table.append("|").append("-".repeat(34));
    for (int i = 0; i < 6; i++) {
      table.append("|").append("-".repeat(11));
    }
    table.append("|--------|--------|\n");
    for (int i = 0; i < small.size(); i++) {
      ClosedLoop.Result s = small.get(i);
      ClosedLoop.Result b = big.get(i);
      table.append(String.format(Locale.ROOT,
          "| %-32s | %9.0f | %6.2f ms | %6.2f ms | %9.0f | %6.2f ms | %6.2f ms | %5.2fx | %5.2fx |%n", s.name(),
          s.throughput(), s.p50Nanos() / 1e6, s.p99Nanos() / 1e6, b.throughput(), b.p50Nanos() / 1e6,
          b.p99Nanos() / 1e6, (double) b.p50Nanos() / s.p50Nanos(), (double) b.p99Nanos() / s.p99Nanos()));
    }
    long errors = Stream.concat(small.stream(), big.stream())
        .mapToLong(ClosedLoop.Result::errors).sum();
    table.append(String.format(Locale.ROOT, "%nErrors: %d. Goal: 1M / 10k <= 1.3x.%n", errors));
    System.out.println(table);
  }
}
