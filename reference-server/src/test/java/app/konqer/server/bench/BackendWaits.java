package app.konqer.server.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What PostgreSQL's busy client backends are doing at one instant, from {@code pg_stat_activity}: each backend that
 * runs a statement counts under its wait event ({@code Lock:transactionid}, {@code LWLock:WALWrite},
 * {@code IO:WalSync}, ...) or under {@code CPU} when it waits for nothing. A window where requests took 100 ms that
 * neither the host, the JVM nor a collection explains shows here what they waited for.
 *
 * <p>It holds a connection of its own, outside the pools under test; each snapshot is one small query, about 0.1 ms of
 * PostgreSQL's processor, which the timeline counts with the backends.
 */
final class BackendWaits implements AutoCloseable {
  private static final String SNAPSHOT = """
      SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS waiting, count(*) AS backends
        FROM pg_stat_activity
       WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()
       GROUP BY 1""";

  private final Connection connection;
  private final PreparedStatement snapshot;

  private BackendWaits(Connection connection) throws SQLException {
    this.connection = connection;
    this.snapshot = connection.prepareStatement(SNAPSHOT);
  }

  /**
   * Connects to the database whose backends it watches.
   *
   * @param jdbcUrl the database's JDBC URL
   * @param user the user to connect as (no password: the embedded database trusts loopback)
   * @return the sampler
   * @throws SQLException when it cannot connect
   */
  static BackendWaits connect(String jdbcUrl, String user) throws SQLException {
    Connection connection = DriverManager.getConnection(jdbcUrl, user, null);
    try {
      connection.setAutoCommit(true);
      return new BackendWaits(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * The busy backends now, by what they wait for; empty when the query fails, so that a sample never stops the
   * timeline.
   */
  Map<String, Integer> now() {
    Map<String, Integer> byWait = new TreeMap<>();
    try (ResultSet rows = snapshot.executeQuery()) {
      while (rows.next()) {
        byWait.put(rows.getString(1), rows.getInt(2));
      }
    } catch (SQLException e) {
      byWait.clear();
    }
    return byWait;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
