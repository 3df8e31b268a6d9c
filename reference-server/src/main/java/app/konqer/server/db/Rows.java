package app.konqer.server.db;

import app.konqer.sdk.json.KonqerJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Column conversions between JDBC and the SDK's types. Enum columns hold the wire name of the constant
 * ({@code monthly_bundle}, {@code cold-dm}, {@code Blue}), exactly as the JSON contract spells it.
 */
public final class Rows {
  private Rows() {}

  /**
   * Reads a {@code timestamptz} column.
   *
   * @param row the current row
   * @param column the column name
   * @return the instant, or {@code null}
   * @throws SQLException when the column is missing
   */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp timestamp = row.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  /**
   * Binds an instant to a {@code timestamptz} parameter.
   *
   * @param statement the statement
   * @param index the parameter index
   * @param value the instant, or {@code null}
   * @throws SQLException when binding fails
   */
  public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
    statement.setTimestamp(index, value == null ? null : Timestamp.from(value));
  }

  /**
   * Reads a {@code uuid} column.
   *
   * @param row the current row
   * @param column the column name
   * @return the UUID, or {@code null}
   * @throws SQLException when the column is missing
   */
  public static UUID uuid(ResultSet row, String column) throws SQLException {
    return row.getObject(column, UUID.class);
  }

  /**
   * Reads a text column holding an enum's wire name. A value this build does not know maps to the enum's
   * {@code UNKNOWN} constant, as it would on the wire.
   *
   * @param row the current row
   * @param column the column name
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant, or {@code null} when the column is null
   * @throws SQLException when the column is missing
   */
  public static <E extends Enum<E>> E wireEnum(ResultSet row, String column, Class<E> type) throws SQLException {
    String value = row.getString(column);
    if (value == null) {
      return null;
    }
    E unknown = null;
    for (E constant : type.getEnumConstants()) {
      if (KonqerJson.wireName(constant).equals(value)) {
        return constant;
      }
      if (constant.name().equals("UNKNOWN")) {
        unknown = constant;
      }
    }
    if (unknown == null) {
      throw new SQLException("Column " + column + " holds '" + value + "', which is no " + type.getSimpleName());
    }
    return unknown;
  }
}
