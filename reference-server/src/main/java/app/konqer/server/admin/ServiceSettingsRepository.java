package app.konqer.server.admin;

import app.konqer.sdk.billing.admin.ServiceSettings;
import app.konqer.sdk.billing.admin.ServiceSettingsPatch;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operator's settings of the twelve services ({@code service_configs}). The generation pipeline reads
 * {@code enabled} and {@code rate_limit_daily} on every request, so a change applies at once; {@code unlock_day} is
 * read when a founding purchase is recorded, so a change applies to later purchases only.
 */
public final class ServiceSettingsRepository {
  private static final String COLUMNS = "service, name, slug, type, price_monthly_cents, price_yearly_cents,"
      + " rate_limit_daily, enabled, unlock_day";
  private static final String ALL = "SELECT " + COLUMNS + " FROM service_configs ORDER BY position";
  private static final String UPDATE = """
      UPDATE service_configs SET
        enabled = COALESCE(?, enabled),
        rate_limit_daily = COALESCE(?, rate_limit_daily),
        unlock_day = COALESCE(?, unlock_day),
        updated_at = ?
      WHERE service = ?
      RETURNING\s""" + COLUMNS;

  private final Database database;

  /**
   * Creates the repository.
   *
   * @param database the database
   */
  public ServiceSettingsRepository(Database database) {
    this.database = database;
  }

  /**
   * Every service's settings.
   *
   * @return the twelve services in catalog order
   */
  public List<ServiceSettings> all() {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(ALL);
          ResultSet row = select.executeQuery()) {
        List<ServiceSettings> services = new ArrayList<>();
        while (row.next()) {
          services.add(fromRow(row));
        }
        return services;
      }
    });
  }

  /**
   * Changes the members a patch sets and leaves the others.
   *
   * @param service the service
   * @param patch the changes
   * @param now the current time
   * @return the settings after the change, or empty when the catalog has no such service
   */
  public Optional<ServiceSettings> update(ServiceId service, ServiceSettingsPatch patch, Instant now) {
    return database.transaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
        setNullable(update, 1, patch.enabled(), Types.BOOLEAN);
        setNullable(update, 2, patch.rateLimitDaily(), Types.INTEGER);
        setNullable(update, 3, patch.unlockDay(), Types.INTEGER);
        Rows.setInstant(update, 4, now);
        update.setString(5, service.id());
        try (ResultSet row = update.executeQuery()) {
          return row.next() ? Optional.of(fromRow(row)) : Optional.empty();
        }
      }
    });
  }

  private static void setNullable(PreparedStatement statement, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, sqlType);
    } else {
      statement.setObject(index, value, sqlType);
    }
  }

  private static ServiceSettings fromRow(ResultSet row) throws SQLException {
    return new ServiceSettings(
        Rows.wireEnum(row, "service", ServiceId.class),
        row.getString("name"),
        row.getString("slug"),
        Rows.wireEnum(row, "type", ServiceType.class),
        row.getLong("price_monthly_cents"),
        row.getLong("price_yearly_cents"),
        row.getInt("rate_limit_daily"),
        row.getBoolean("enabled"),
        row.getInt("unlock_day"));
  }
}
