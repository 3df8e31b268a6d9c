package app.konqer.server.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached (down, restarting, out of connections) from a query that failed. The first
 * is worth retrying later and becomes a 503; the second is a bug or bad data.
 */
public final class ConnectionFailures {
  /** SQLSTATEs that mean the server went away or refuses sessions, outside class 08 (connection exception). */
  private static final Set<String> UNAVAILABLE_STATES = Set.of(
      "57P01", // admin_shutdown
      "57P02", // crash_shutdown
      "57P03", // cannot_connect_now
      "53300"); // too_many_connections

  private ConnectionFailures() {}

  /**
   * Whether a failure, or anything in its cause chain, means the database is unreachable.
   *
   * @param failure any exception
   * @return {@code true} for connection failures
   */
  public static boolean isConnectionFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }
}
