package app.konqer.server.db;

import java.time.Duration;

/**
 * Where the connection pool connects, and how big it is.
 *
 * @param jdbcUrl the PostgreSQL JDBC URL
 * @param user the user, or {@code null} when the URL carries it
 * @param password the password, or {@code null}
 * @param size the most connections
 * @param connectTimeout how long a caller waits for a connection before the database counts as unavailable
 */
public record PoolSettings(String jdbcUrl, String user, String password, int size, Duration connectTimeout) {

  @Override
  public String toString() {
    return "PoolSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", size=" + size + ", connectTimeout="
        + connectTimeout + "]";
  }
}
