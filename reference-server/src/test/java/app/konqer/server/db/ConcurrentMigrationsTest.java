package app.konqer.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Three replicas that start at once on an empty database, as a Kubernetes Deployment of 3 does: Flyway's advisory
 * lock lets one migrate while the others wait, and every replica ends on the same schema, each migration applied
 * once.
 */
class ConcurrentMigrationsTest {
  private static final int REPLICAS = 3;

  @Test
  void replicasStartingTogetherMigrateAnEmptyDatabaseOnce() throws Exception {
    TestPostgres postgres = TestPostgres.shared();
    String url = postgres.newEmptyDatabase();
    CyclicBarrier start = new CyclicBarrier(REPLICAS);
    List<CompletableFuture<String>> versions = new ArrayList<>();
    ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
    try {
      for (int i = 0; i < REPLICAS; i++) {
        PGSimpleDataSource own = new PGSimpleDataSource();
        own.setUrl(url);
        own.setUser(postgres.user());
        versions.add(CompletableFuture.supplyAsync(() -> {
          await(start);
          return Migrations.migrate(own);
        }, replicas));
      }
      CompletableFuture.allOf(versions.toArray(CompletableFuture[]::new)).join();
    } finally {
      replicas.shutdown();
    }

    assertThat(versions).extracting(CompletableFuture::join).containsOnly(versions.get(0).join());
    PGSimpleDataSource check = new PGSimpleDataSource();
    check.setUrl(url);
    check.setUser(postgres.user());
    try (Connection connection = check.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("""
            SELECT version, count(*), bool_and(success) FROM flyway_schema_history
            WHERE version IS NOT NULL GROUP BY version ORDER BY version""")) {
      int applied = 0;
      while (rows.next()) {
        applied++;
        assertThat(rows.getInt(2)).as("applications of version %s", rows.getString(1)).isEqualTo(1);
        assertThat(rows.getBoolean(3)).isTrue();
      }
      assertThat(applied).isGreaterThanOrEqualTo(6);
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
