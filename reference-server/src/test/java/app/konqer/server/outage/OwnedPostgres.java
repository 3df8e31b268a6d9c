package app.konqer.server.outage;

import app.konqer.server.db.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL that a test stops and starts again, on the same data directory and port, as an operator
 * restarting a database would. Stopping is PostgreSQL's fast shutdown: open sessions are ended, committed data stays.
 */
final class OwnedPostgres implements AutoCloseable {
  static final String DATABASE = "konqer";
  static final String USER = "postgres";

  private final Path dataDirectory;
  private int port;
  private EmbeddedPostgres postgres;

  private OwnedPostgres(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** Initialises a data directory, starts PostgreSQL on a free port and migrates a {@code konqer} database. */
  static OwnedPostgres startMigrated(Path dataDirectory) {
    OwnedPostgres owned = new OwnedPostgres(dataDirectory);
    owned.start();
    owned.port = owned.postgres.getPort();
    try (Connection connection = owned.postgres.getPostgresDatabase().getConnection();
        Statement create = connection.createStatement()) {
      create.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Migrations.migrate(owned.postgres.getDatabase(USER, DATABASE));
    return owned;
  }

  /** Starts PostgreSQL, on the port of its first start after that. */
  void start() {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setServerConfig("fsync", "off")
        .setServerConfig("max_connections", "50");
    if (port != 0) {
      builder.setPort(port);
    }
    try {
      postgres = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops PostgreSQL. */
  void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  @Override
  public void close() {
    stop();
  }
}
