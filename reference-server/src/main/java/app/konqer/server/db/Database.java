package app.konqer.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The server's PostgreSQL connection pool, and the two ways to use it: {@link #query} for a single statement or a
 * read, {@link #transaction} for work that must commit as a whole. Both hand out a connection for the duration of
 * the work only and turn {@link SQLException} into {@link DatabaseException}.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Opens the pool. Fails when the database cannot be reached now.
   *
   * @param settings where to connect and how many connections to keep
   * @param registry where the pool publishes its metrics ({@code hikaricp_*})
   * @return the open pool
   */
  public static Database connect(PoolSettings settings, MeterRegistry registry) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("konqer");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.size());
    config.setMinimumIdle(Math.min(2, settings.size()));
    long timeoutMillis = settings.connectTimeout().toMillis();
    config.setConnectionTimeout(timeoutMillis);
    config.setValidationTimeout(Math.max(250, Math.min(1000, timeoutMillis / 2)));
    config.addDataSourceProperty("ApplicationName", "konqer-server");
    config.addDataSourceProperty("tcpKeepAlive", "true");
    config.addDataSourceProperty("socketTimeout", Long.toString(Math.max(1, settings.readTimeout().toSeconds())));
    config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    return new Database(new HikariDataSource(config));
  }

  /**
   * Runs work on a pooled connection in auto-commit mode.
   *
   * @param work the statements
   * @param <T> the result type
   * @return what the work returned
   * @throws DatabaseException when a statement fails or no connection is available in time
   */
  public <T> T query(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws. The failure thrown is the
   * work's or the commit's own, never one from cleaning up after it on a connection that is gone; the pool restores
   * auto-commit when the connection returns to it.
   *
   * @param work the statements
   * @param <T> the result type
   * @return what the work returned
   * @throws DatabaseException when a statement or the commit fails
   */
  public <T> T transaction(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      T result;
      try {
        result = work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException | Error e) {
        // The failure is what the caller must see: a broken connection fails the clean-up too, and that must not
        // hide why (a connection failure is a 503, anything else a 500).
        rollback(connection, e);
        restoreAutoCommit(connection, e);
        throw e;
      }
      connection.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static void restoreAutoCommit(Connection connection, Throwable failure) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Whether the database answers now, within the pool's connection timeout.
   *
   * @return {@code true} when a connection could be taken and validated
   */
  public boolean isReachable() {
    try (Connection connection = pool.getConnection()) {
      return connection.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }

  /** @return the pool as a plain {@link DataSource}, for tools such as Flyway */
  public DataSource dataSource() {
    return pool;
  }

  /** Closes every pooled connection. Callers still waiting for one fail. */
  @Override
  public void close() {
    pool.close();
  }
}
