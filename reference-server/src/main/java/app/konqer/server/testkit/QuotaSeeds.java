package app.konqer.server.testkit;

import app.konqer.sdk.model.ServiceId;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** Today's quota use, written where the server's daily quota counts it ({@code quota_usage}). */
final class QuotaSeeds {
  private static final String SET = """
      INSERT INTO quota_usage (user_id, service, day, used) VALUES (?, ?, ?, ?)
      ON CONFLICT (user_id, service, day) DO UPDATE SET used = EXCLUDED.used""";
  private static final String EXHAUST = """
      INSERT INTO quota_usage (user_id, service, day, used)
      SELECT ?, service, ?, rate_limit_daily FROM service_configs WHERE service = ?
      ON CONFLICT (user_id, service, day) DO UPDATE SET used = EXCLUDED.used""";
  private static final String USED = "SELECT used FROM quota_usage WHERE user_id = ? AND service = ? AND day = ?";

  private QuotaSeeds() {}

  static void setUsed(Connection connection, UUID userId, ServiceId service, LocalDate day, int used)
      throws SQLException {
    try (PreparedStatement set = connection.prepareStatement(SET)) {
      set.setObject(1, userId);
      set.setString(2, service.id());
      set.setDate(3, Date.valueOf(day));
      set.setInt(4, used);
      set.executeUpdate();
    }
  }

  static void exhaust(Connection connection, UUID userId, ServiceId service, LocalDate day) throws SQLException {
    try (PreparedStatement exhaust = connection.prepareStatement(EXHAUST)) {
      exhaust.setObject(1, userId);
      exhaust.setDate(2, Date.valueOf(day));
      exhaust.setString(3, service.id());
      exhaust.executeUpdate();
    }
  }

  static int used(Connection connection, UUID userId, ServiceId service, LocalDate day) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(USED)) {
      select.setObject(1, userId);
      select.setString(2, service.id());
      select.setDate(3, Date.valueOf(day));
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getInt(1) : 0;
      }
    }
  }
}
