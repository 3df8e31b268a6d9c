package app.konqer.server.testing;

import app.konqer.server.db.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for the whole test JVM, started on first use. The schema is migrated once into a template
 * database; each test class then gets a fresh copy of it with {@link #newDatabase()}, which takes milliseconds.
 */
public final class TestPostgres {
  private static final String TEMPLATE = "konqer_template";

  private final EmbeddedPostgres postgres;
  private final AtomicInteger created = new AtomicInteger();

  private TestPostgres() {
    try {
      postgres = EmbeddedPostgres.builder()
          .setServerConfig("fsync", "off")
          .setServerConfig("full_page_writes", "off")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    execute("CREATE DATABASE " + TEMPLATE);
    Migrations.migrate(postgres.getDatabase("postgres", TEMPLATE));
  }

  private static final class Shared {
    static final TestPostgres INSTANCE = new TestPostgres();
  }

  /** @return the JVM's instance, started on first use */
  public static TestPostgres shared() {
    return Shared.INSTANCE;
  }

  /**
   * A new database holding the migrated schema and nothing else.
   *
   * @return its JDBC URL
   */
  public String newDatabase() {
    String name = "konqer_test_" + created.incrementAndGet();
    execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
  }

  /**
   * A new database without any schema, for tests of the migrations themselves.
   *
   * @return its JDBC URL
   */
  public String newEmptyDatabase() {
    String name = "konqer_empty_" + created.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
  }

  /** @return the superuser the databases belong to */
  public String user() {
    return "postgres";
  }

  private void execute(String sql) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
