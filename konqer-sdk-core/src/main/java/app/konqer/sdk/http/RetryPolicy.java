package app.konqer.sdk.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;
import okhttp3.Response;

/**
 * How long to wait before the next attempt. Exponential backoff {@code min(0.5 s * 2^(n-1), 8 s)} for the n-th
 * retry, shortened by up to 25% of jitter so that clients that failed together do not come back together. A
 * server's {@code Retry-After-Ms} or {@code Retry-After} (seconds or an HTTP date) replaces the backoff, capped at
 * 60 seconds; the exception thrown when no retry is left reports the server's wait as it was sent.
 */
final class RetryPolicy {
  static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
  static final double MAX_JITTER = 0.25;

  private final Clock clock;
  private final DoubleSupplier jitter;

  /**
   * Creates the policy.
   *
   * @param clock the clock that HTTP-date {@code Retry-After} values are compared with
   * @param jitter a source of numbers in {@code [0, 1)}: the fraction of the maximum jitter to apply
   */
  RetryPolicy(Clock clock, DoubleSupplier jitter) {
    this.clock = clock;
    this.jitter = jitter;
  }

  /**
   * The backoff before a retry.
   *
   * @param retry the number of the retry, from 1
   * @return the wait
   */
  Duration backoff(int retry) {
    long nanos = INITIAL_BACKOFF.toNanos() << Math.min(retry - 1, 10);
    nanos = Math.min(nanos, MAX_BACKOFF.toNanos());
    double fraction = Math.min(1, Math.max(0, jitter.getAsDouble()));
    return Duration.ofNanos((long) (nanos * (1 - MAX_JITTER * fraction)));
  }

  /**
   * The wait the server asked for.
   *
   * @param response a response
   * @return the wait from {@code Retry-After-Ms} or {@code Retry-After}, or {@code null} when the response has
   *     neither or they cannot be read
   */
  Duration retryAfter(Response response) {
    Duration wait = parseMillis(response.header("Retry-After-Ms"));
    return wait != null ? wait : parse(response.header("Retry-After"));
  }

  /**
   * The wait before a retry.
   *
   * @param retryAfter the wait the server asked for, or {@code null}
   * @param retry the number of the retry, from 1
   * @return the server's wait capped at 60 seconds, or the backoff when the server named none
   */
  Duration delay(Duration retryAfter, int retry) {
    if (retryAfter == null) {
      return backoff(retry);
    }
    return retryAfter.compareTo(MAX_RETRY_AFTER) <= 0 ? retryAfter : MAX_RETRY_AFTER;
  }

  private static Duration parseMillis(String value) {
    if (value == null) {
      return null;
    }
    try {
      double millis = Double.parseDouble(value.trim());
      return millis >= 0 && millis < Long.MAX_VALUE ? Duration.ofNanos((long) (millis * 1_000_000)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Duration parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    if (Character.isDigit(text.charAt(0))) {
      try {
        return Duration.ofSeconds(Long.parseLong(text));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    try {
      Duration wait = Duration.between(clock.instant(),
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
