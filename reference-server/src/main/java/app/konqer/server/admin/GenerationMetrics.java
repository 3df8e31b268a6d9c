package app.konqer.server.admin;

import app.konqer.sdk.billing.admin.DailyGenerations;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Generations per UTC day and service over a window of days ending today: one row for every day and every service,
 * zero included, so that a chart needs no gap filling. The count reads the {@code (created_at, service)} index.
 */
public final class GenerationMetrics {
  /** How many UTC days the window spans, today included. */
  public static final int DAYS = 30;

  private static final String DAILY = """
      WITH counted AS (
        SELECT (created_at AT TIME ZONE 'UTC')::date AS day, service, count(*) AS generations
        FROM generations
        WHERE created_at >= ? AND created_at < ?
        GROUP BY 1, 2)
      SELECT d.day::date AS day, c.service, COALESCE(counted.generations, 0) AS generations
      FROM generate_series(?::date, ?::date, interval '1 day') AS d(day)
      CROSS JOIN service_configs c
      LEFT JOIN counted ON counted.day = d.day::date AND counted.service = c.service
      ORDER BY d.day, c.position""";

  private final Database database;

  /**
   * Creates the query.
   *
   * @param database the database
   */
  public GenerationMetrics(Database database) {
    this.database = database;
  }

  /**
   * The counts of the {@link #DAYS} UTC days up to and including {@code today}.
   *
   * @param today the last day of the window, in UTC
   * @return {@code DAYS * 12} rows, oldest day first, services in catalog order within a day
   */
  public List<DailyGenerations> window(LocalDate today) {
    LocalDate first = today.minusDays(DAYS - 1L);
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(DAILY)) {
        Rows.setInstant(select, 1, first.atStartOfDay(ZoneOffset.UTC).toInstant());
        Rows.setInstant(select, 2, today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        select.setObject(3, first);
        select.setObject(4, today);
        try (ResultSet row = select.executeQuery()) {
          List<DailyGenerations> days = new ArrayList<>(DAYS * 12);
          while (row.next()) {
            days.add(new DailyGenerations(row.getObject("day", LocalDate.class),
                Rows.wireEnum(row, "service", ServiceId.class), row.getLong("generations")));
          }
          return days;
        }
      }
    });
  }
}
