package app.konqer.server.quota;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.Quota;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceUsage;
import app.konqer.server.db.AsynchronousCommit;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.http.ApiError;
import app.konqer.server.idempotency.ClaimCompanion;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The daily generation quota of each user and service, counted per UTC day in {@code quota_usage}.
 *
 * <p>{@link #consume} checks and takes a unit in one statement: an upsert guarded by the limit, so that any number
 * of concurrent requests, in any number of server processes, take at most {@code limit} units a day. The same upsert
 * can run in the statement that claims the request's idempotency key ({@link #request}, then {@link #taken}), so
 * that a generation's first writes cost one round trip. A generation that fails after taking its unit gives it back
 * with {@link #refund}.
 */
public final class DailyQuota {
  /**
   * Takes a unit unless the limit is reached; no row comes back when it is. The first {@code %s}: where the row comes
   * from; the second: more columns to return.
   */
  private static final String CONSUME_FROM = """
      INSERT INTO quota_usage (user_id, service, day, used)
      SELECT ?, ?, ?, 1 %s WHERE ? > 0
      ON CONFLICT (user_id, service, day) DO UPDATE
        SET used = quota_usage.used + 1
        WHERE quota_usage.used < ?
      RETURNING used%s""";
  /** Commits without waiting for the disk: see {@link #consume}. */
  private static final String CONSUME = CONSUME_FROM.formatted("", ", " + AsynchronousCommit.RETURNING_COLUMN);
  /** The same, as a {@link ClaimCompanion}: only when the request's key was claimed, and in the claim's commit. */
  private static final String CONSUME_WITH_CLAIM = CONSUME_FROM.formatted("FROM claimed", "");
  private static final String USED = "SELECT used FROM quota_usage WHERE user_id = ? AND service = ? AND day = ?";
  private static final String REFUND = """
      UPDATE quota_usage SET used = used - 1
      WHERE user_id = ? AND service = ? AND day = ? AND used > 0""";
  private static final String USAGE = """
      SELECT c.service, c.rate_limit_daily, COALESCE(q.used, 0) AS used
      FROM service_configs c
      LEFT JOIN quota_usage q ON q.service = c.service AND q.user_id = ? AND q.day = ?
      ORDER BY c.position""";

  private final Database database;
  private final Clock clock;

  /**
   * Creates the quota.
   *
   * @param database the database
   * @param clock the current time, which decides the UTC day
   */
  public DailyQuota(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Takes one unit of today's quota. The unit commits without waiting for the disk ({@link AsynchronousCommit}): a
   * caller answers only after a durable commit of its own (the generation's, or the refund's), which flushes the
   * unit with it.
   *
   * @param userId the user
   * @param service the service
   * @param dailyLimit the service's limit, from {@code service_configs.rate_limit_daily}
   * @return the unit taken, with the day's count
   * @throws ApiError 429 {@code daily_limit_exceeded} when the limit is reached, with {@code Retry-After} (seconds
   *     to the next UTC midnight) and the {@code quota} figures
   */
  public Consumption consume(UUID userId, ServiceId service, int dailyLimit) {
    UnitRequest unit = request(userId, service, dailyLimit);
    Integer used = database.query(connection -> {
      try (PreparedStatement consume = connection.prepareStatement(CONSUME)) {
        unit.bind(consume, 1);
        try (ResultSet row = consume.executeQuery()) {
          return row.next() ? row.getInt(1) : null;
        }
      }
    });
    return taken(unit, used);
  }

  /**
   * A unit of today's quota to take in the statement that claims the request's {@code Idempotency-Key} (see
   * {@link app.konqer.server.idempotency.IdempotencyStore#claim(UUID, String,
   * app.konqer.server.idempotency.RequestFingerprint, ClaimCompanion)}); {@link #taken} reads the outcome.
   *
   * @param userId the user
   * @param service the service
   * @param dailyLimit the service's limit
   * @return the unit to take
   */
  public UnitRequest request(UUID userId, ServiceId service, int dailyLimit) {
    return new UnitRequest(userId, service, QuotaDay.of(clock.instant()), dailyLimit);
  }

  /**
   * What taking a requested unit gave.
   *
   * @param unit the unit requested
   * @param used the day's count that its write returned, or {@code null} when it wrote nothing
   * @return the unit taken
   * @throws ApiError 429 {@code daily_limit_exceeded}, as {@link #consume} does, when nothing was written
   */
  public Consumption taken(UnitRequest unit, Integer used) {
    if (used == null) {
      throw limitReached(unit.service(), new Quota(usedOn(unit.userId(), unit.service(), unit.day()),
          unit.dailyLimit(), unit.day().resetsAt()), unit.day());
    }
    return new Consumption(unit.userId(), unit.service(), unit.day(), used, unit.dailyLimit());
  }

  /**
   * A unit of one day's quota, to take.
   *
   * @param userId the user
   * @param service the service
   * @param day the UTC day it is taken from
   * @param dailyLimit the service's limit
   */
  public record UnitRequest(UUID userId, ServiceId service, QuotaDay day, int dailyLimit)
      implements ClaimCompanion {
    @Override
    public String sql() {
      return CONSUME_WITH_CLAIM;
    }

    @Override
    public void bind(PreparedStatement statement, int index) throws SQLException {
      statement.setObject(index, userId);
      statement.setString(index + 1, service.id());
      statement.setDate(index + 2, Date.valueOf(day.day()));
      statement.setInt(index + 3, dailyLimit);
      statement.setInt(index + 4, dailyLimit);
    }
  }

  /**
   * Gives a unit back to the day it was taken from; the count never drops below 0.
   *
   * @param unit the unit to return
   */
  public void refund(Consumption unit) {
    database.query(connection -> {
      try (PreparedStatement refund = connection.prepareStatement(REFUND)) {
        refund.setObject(1, unit.userId());
        refund.setString(2, unit.service().id());
        refund.setDate(3, Date.valueOf(unit.day().day()));
        return refund.executeUpdate();
      }
    });
  }

  /**
   * A user's use of every service today.
   *
   * @param userId the user
   * @return one row per service, in catalog order
   */
  public List<ServiceUsage> usage(UUID userId) {
    QuotaDay day = QuotaDay.of(clock.instant());
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(USAGE)) {
        select.setObject(1, userId);
        select.setDate(2, Date.valueOf(day.day()));
        try (ResultSet row = select.executeQuery()) {
          List<ServiceUsage> usage = new ArrayList<>();
          while (row.next()) {
            usage.add(new ServiceUsage(Rows.wireEnum(row, "service", ServiceId.class), row.getInt("used"),
                row.getInt("rate_limit_daily"), day.resetsAt()));
          }
          return usage;
        }
      }
    });
  }

  private int usedOn(UUID userId, ServiceId service, QuotaDay day) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(USED)) {
        select.setObject(1, userId);
        select.setString(2, service.id());
        select.setDate(3, Date.valueOf(day.day()));
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getInt(1) : 0;
        }
      }
    });
  }

  private ApiError limitReached(ServiceId service, Quota quota, QuotaDay day) {
    long retryAfter = day.secondsUntilReset(clock.instant());
    return new ApiError(429, "daily_limit_exceeded", "Daily limit exceeded",
        "The daily limit of " + quota.dailyLimit() + " generations with " + service.id()
            + " is reached; it resets at " + quota.resetsAt())
        .withHeader("Retry-After", Long.toString(retryAfter))
        .withExtensions(Problem.of(429, "daily_limit_exceeded", "", "", null).withQuota(quota));
  }
}
