package app.konqer.server.user;

import app.konqer.server.auth.Principal;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.http.ApiError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** The {@code users} table. */
public final class UserRepository {
  private static final String COLUMNS = "id, email, name, avatar_url, created_at";
  private static final String FIND = "SELECT " + COLUMNS + " FROM users WHERE keycloak_user_id = ?";
  /**
   * Creates the user, or refreshes e-mail and name from the token. Concurrent first requests of one user both
   * succeed with the same row: the loser of the insert race waits for the winner's row and updates it.
   */
  private static final String UPSERT = """
      INSERT INTO users (keycloak_user_id, email, name) VALUES (?, ?, ?)
      ON CONFLICT (keycloak_user_id) DO UPDATE
        SET email = COALESCE(EXCLUDED.email, users.email),
            name = COALESCE(EXCLUDED.name, users.name),
            updated_at = now()
      RETURNING\s""" + COLUMNS;

  private final Database database;

  /**
   * Creates the repository.
   *
   * @param database the database
   */
  public UserRepository(Database database) {
    this.database = database;
  }

  /**
   * The user a verified token speaks for, created on first sight ({@code keycloak_user_id} = {@code sub}) and kept
   * in step with the token's e-mail and name. A known, unchanged user costs one indexed read.
   *
   * @param principal the verified token
   * @return the stored user
   * @throws ApiError 409 {@code email_in_use} when another account already holds the token's e-mail address
   */
  public User onSight(Principal principal) {
    return database.query(connection -> {
      User known = find(connection, principal.subject());
      if (known != null && upToDate(known, principal)) {
        return known;
      }
      return upsert(connection, principal);
    });
  }

  private static boolean upToDate(User user, Principal principal) {
    return (principal.email() == null || Objects.equals(principal.email(), user.email()))
        && (principal.name() == null || Objects.equals(principal.name(), user.name()));
  }

  private static User find(Connection connection, String subject) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(FIND)) {
      select.setString(1, subject);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? user(row) : null;
      }
    }
  }

  private static User upsert(Connection connection, Principal principal) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      upsert.setString(1, principal.subject());
      upsert.setString(2, principal.email());
      upsert.setString(3, principal.name());
      try (ResultSet row = upsert.executeQuery()) {
        row.next();
        return user(row);
      }
    } catch (PSQLException e) {
      if (violates(e, "users_email_key")) {
        throw new ApiError(409, "email_in_use", "E-mail address in use",
            "Another account already uses the e-mail address of this token");
      }
      throw e;
    }
  }

  private static boolean violates(PSQLException e, String constraint) {
    ServerErrorMessage message = e.getServerErrorMessage();
    return "23505".equals(e.getSQLState()) && message != null && constraint.equals(message.getConstraint());
  }

  private static User user(ResultSet row) throws SQLException {
    return new User(Rows.uuid(row, "id"), row.getString("email"), row.getString("name"),
        row.getString("avatar_url"), Rows.instant(row, "created_at"));
  }
}
