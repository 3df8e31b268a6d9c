package app.konqer.server.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with one database connection.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

  /**
   * Does the work.
   *
   * @param connection the connection; do not close it
   * @return the result
   * @throws SQLException when a statement fails
   */
  T run(Connection connection) throws SQLException;
}
