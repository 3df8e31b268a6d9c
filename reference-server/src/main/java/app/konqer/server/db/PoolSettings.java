package app.konqer.server.db;

import java.time.Duration;

/**
 * Where the connection pool connects, how big it is, and how long it waits.
 *
 * @param jdbcUrl the PostgreSQL JDBC URL
 * @param user the user, or {@code null} when the URL carries it
 * @param password the password, or {@code null}
 * @param size the most connections
 * @param connectTimeout how long a caller waits for a connection before the database counts as unavailable
 * @param readTimeout how long a statement may wait for the database's answer before its connection counts as lost
 *     (whole seconds, at least one): a database that stops answering without closing its connections, as in a
 *     network partition, then fails requests with 503 instead of holding them
 */
public record PoolSettings(String jdbcUrl, String user, String password, int size, Duration connectTimeout,
    Duration readTimeout) {
  /** The read timeout unless one is given: far above any statement the server runs. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Settings with the {@link #DEFAULT_READ_TIMEOUT}.
   *
   * @param jdbcUrl the PostgreSQL JDBC URL
   * @param user the user, or {@code null} when the URL carries it
   * @param password the password, or {@code null}
   * @param size the most connections
   * @param connectTimeout how long a caller waits for a connection before the database counts as unavailable
   */
  public PoolSettings(String jdbcUrl, String user, String password, int size, Duration connectTimeout) {
    this(jdbcUrl, user, password, size, connectTimeout, DEFAULT_READ_TIMEOUT);
  }

  @Override
  public String toString() {
    return "PoolSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", size=" + size + ", connectTimeout="
        + connectTimeout + ", readTimeout=" + readTimeout + "]";
  }
}
