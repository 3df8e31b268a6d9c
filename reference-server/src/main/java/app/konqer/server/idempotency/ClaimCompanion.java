package app.konqer.server.idempotency;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A request's first write, made in the statement that claims its key and only when the claim is taken, so that the
 * two cost one round trip and one commit (see {@link IdempotencyStore#claim(java.util.UUID, String,
 * RequestFingerprint, ClaimCompanion)}). A claim that is refused (a replay, a key in progress or reused) writes
 * nothing.
 */
public interface ClaimCompanion {
  /**
   * The write: a data-modifying statement that selects its rows {@code FROM claimed}, the claim's row when it was
   * taken (no row otherwise), and returns at most one row with one integer column.
   *
   * @return the SQL, with {@code ?} parameters
   */
  String sql();

  /**
   * Binds the write's parameters.
   *
   * @param statement the combined statement
   * @param index the index of the write's first parameter
   * @throws SQLException when a parameter cannot be set
   */
  void bind(PreparedStatement statement, int index) throws SQLException;
}
