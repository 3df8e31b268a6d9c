package app.konqer.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL that the server runs itself, from the Linux binaries bundled in the jar. Its data lives in a directory
 * that survives restarts: the first start initialises it, later starts reuse it. It is as durable as any PostgreSQL:
 * a commit is flushed to disk before it is acknowledged.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String DATABASE = "konqer";
  private static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts PostgreSQL on a free local port, initialising {@code <dataDir>/postgres} when it is new, and creates the
   * {@code konqer} database when it is missing.
   *
   * @param dataDir the server's data directory
   * @return the running database
   * @throws UncheckedIOException when the directory or the binaries cannot be prepared
   * @throws IllegalStateException when PostgreSQL does not start, for instance because another server holds the
   *     directory
   */
  public static EmbeddedDatabase start(Path dataDir) {
    Path pgData = dataDir.resolve("postgres");
    boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
    log.info(fresh ? "Initialising embedded PostgreSQL in {}" : "Starting embedded PostgreSQL from {}", pgData);
    EmbeddedPostgres postgres;
    try {
      Files.createDirectories(pgData);
      postgres = EmbeddedPostgres.builder()
          .setDataDirectory(pgData)
          .setCleanDataDirectory(false)
          // The library starts PostgreSQL with -F (fsync off), for throwaway test databases; this one keeps an
          // operator's data, so every commit is flushed to disk before it is acknowledged. A later -c wins over -F.
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("max_connections", "100")
          .setPGStartupWait(Duration.ofSeconds(60))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + pgData, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + pgData
          + " (is another Konqer server using this KONQER_DATA_DIR?)", e);
    }
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, pgData);
    try {
      database.createDatabaseIfMissing();
    } catch (SQLException | RuntimeException e) {
      database.close();
      throw new IllegalStateException("Cannot create the konqer database in the embedded PostgreSQL", e);
    }
    return database;
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE);
      }
    }
  }

  /** @return the JDBC URL of the {@code konqer} database */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  /** @return the database user */
  public String user() {
    return SUPERUSER;
  }

  /** @return PostgreSQL's data directory */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /** Stops PostgreSQL (a fast shutdown: open sessions are ended). Its data stays in place. */
  @Override
  public void close() {
    try {
      postgres.close();
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
