package app.konqer.server.db;

import java.sql.SQLException;

/** A database call failed. The unchecked carrier of a {@link SQLException}. */
public final class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a failure.
   *
   * @param cause the JDBC failure
   */
  public DatabaseException(SQLException cause) {
    super(cause.getMessage(), cause);
  }

  /** @return the JDBC failure */
  public SQLException sqlException() {
    return (SQLException) getCause();
  }

  /** @return the five-character SQLSTATE, or {@code null} */
  public String sqlState() {
    return sqlException().getSQLState();
  }
}
