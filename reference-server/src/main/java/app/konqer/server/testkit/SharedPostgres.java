package app.konqer.server.testkit;

import app.konqer.server.db.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for the whole JVM, started by the first test server and stopped when the JVM exits. The
 * schema is migrated once into a template database; each test server then gets a fresh copy of it, which takes
 * milliseconds. Durability is switched off: the data lives in a temporary directory and only for the test run.
 */
final class SharedPostgres {
  private static final String TEMPLATE = "konqer_testkit_template";

  private final EmbeddedPostgres postgres;
  private final AtomicInteger created = new AtomicInteger();

  private SharedPostgres() {
    try {
      postgres = EmbeddedPostgres.builder()
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("max_connections", "200")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the test kit's embedded PostgreSQL", e);
    }
    execute("CREATE DATABASE " + TEMPLATE);
    Migrations.migrate(postgres.getDatabase(user(), TEMPLATE));
  }

  private static final class Holder {
    static final SharedPostgres INSTANCE = new SharedPostgres();
  }

  /** @return the JVM's instance, started on first use */
  static SharedPostgres get() {
    return Holder.INSTANCE;
  }

  /**
   * A new database holding the migrated schema and its reference data, and nothing else.
   *
   * @return its JDBC URL
   */
  synchronized String newDatabase() {
    String name = "konqer_testkit_" + created.incrementAndGet();
    execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
  }

  /** @return the superuser the databases belong to */
  String user() {
    return "postgres";
  }

  private void execute(String sql) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("The test kit's PostgreSQL refused: " + sql, e);
    }
  }
}
