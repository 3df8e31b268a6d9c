package app.konqer.server.admin;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts the subscriptions that {@link RecurringRevenue} counts, per plan. */
public final class CountedSubscriptions {
  private static final String COUNT = """
      SELECT plan, count(*) AS subscriptions
      FROM subscriptions
      WHERE status IN (%s) AND (current_period_end IS NULL OR current_period_end > ?)
      GROUP BY plan""".formatted(RecurringRevenue.COUNTED.stream()
      .map(status -> "'" + KonqerJson.wireName(status) + "'").sorted().collect(Collectors.joining(", ")));

  private final Database database;

  /**
   * Creates the query.
   *
   * @param database the database
   */
  public CountedSubscriptions(Database database) {
    this.database = database;
  }

  /**
   * The subscriptions that count at a time, per plan: a counted status and a period that has not ended (a
   * subscription without a known period end has no end).
   *
   * @param now the time
   * @return the counts; plans without any are missing
   */
  public Map<Plan, Long> byPlan(Instant now) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(COUNT)) {
        Rows.setInstant(select, 1, now);
        try (ResultSet row = select.executeQuery()) {
          Map<Plan, Long> counts = new EnumMap<>(Plan.class);
          while (row.next()) {
            counts.merge(Rows.wireEnum(row, "plan", Plan.class), row.getLong("subscriptions"), Long::sum);
          }
          return counts;
        }
      }
    });
  }
}
