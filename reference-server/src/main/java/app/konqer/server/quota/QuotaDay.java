package app.konqer.server.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The UTC day a quota counts in, and when it ends.
 *
 * @param day the UTC date
 * @param resetsAt the next UTC midnight, when the count starts again
 */
public record QuotaDay(LocalDate day, Instant resetsAt) {

  /**
   * The quota day of an instant.
   *
   * @param now the time
   * @return its UTC day
   */
  public static QuotaDay of(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return new QuotaDay(day, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * Whole seconds from a time to the reset, rounded up so that a client waiting that long finds the new day.
   *
   * @param now the time, within this day
   * @return the seconds, at least 1
   */
  public long secondsUntilReset(Instant now) {
    Duration left = Duration.between(now, resetsAt);
    long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
