package app.konqer.server.generation.openai;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;

/**
 * When to try a request again: on 429, 5xx and connection failures, at most {@code maxAttempts} times in all, and
 * never waiting more than {@code maxTotalWait} between attempts altogether.
 *
 * <p>The wait is the server's {@code retry-after-ms} or {@code Retry-After} (seconds or an HTTP date) when given,
 * otherwise an exponential backoff: {@code initialBackoff * 2^(n-1)}, capped at {@code maxBackoff}, less up to 25%
 * jitter. When the server asks for a wait that does not fit in what is left of {@code maxTotalWait}, the policy
 * gives up at once rather than retrying early into another 429.
 *
 * @param maxAttempts attempts in all, the first included; 1 disables retries
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest computed wait
 * @param maxTotalWait the most time spent waiting across all retries of one call
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotalWait) {
  private static final double MAX_JITTER = 0.25;

  /** Checks the bounds. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxTotalWait, "maxTotalWait");
  }

  /**
   * Three attempts, backoff from 0.5 s up to 8 s, at most 20 s of waiting.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(20));
  }

  /**
   * Whether a response status is worth another attempt.
   *
   * @param status an HTTP status
   * @return true for 429 and 5xx
   */
  public static boolean isRetryable(int status) {
    return status == 429 || status >= 500;
  }

  /**
   * The wait before the next attempt.
   *
   * @param attemptsMade attempts made so far, at least 1
   * @param waited the time already spent waiting for this call
   * @param serverDelay the wait the server asked for, if any
   * @param random a number in [0, 1) that sets the jitter
   * @return the wait, or empty when the policy gives up
   */
  public Optional<Duration> nextDelay(
      int attemptsMade, Duration waited, Optional<Duration> serverDelay, double random) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = serverDelay.orElseGet(() -> backoff(attemptsMade, random));
    if (waited.plus(delay).compareTo(maxTotalWait) > 0) {
      return Optional.empty();
    }
    return Optional.of(delay);
  }

  private Duration backoff(int attemptsMade, double random) {
    double factor = Math.pow(2, attemptsMade - 1);
    double nanos = Math.min(initialBackoff.toNanos() * factor, maxBackoff.toNanos());
    return Duration.ofNanos((long) (nanos * (1 - MAX_JITTER * random)));
  }

  /**
   * The wait a response asks for: {@code retry-after-ms}, else {@code Retry-After} in seconds or as an HTTP date.
   *
   * @param headers the response headers
   * @param now the current time, to turn a date into a wait
   * @return the wait, or empty when none is given or it cannot be read
   */
  public static Optional<Duration> serverDelay(Headers headers, Instant now) {
    String millis = headers.get("retry-after-ms");
    if (millis != null) {
      Optional<Duration> delay = parseAmount(millis, 1_000_000L);
      if (delay.isPresent()) {
        return delay;
      }
    }
    String retryAfter = headers.get("Retry-After");
    if (retryAfter == null) {
      return Optional.empty();
    }
    Optional<Duration> seconds = parseAmount(retryAfter, 1_000_000_000L);
    if (seconds.isPresent()) {
      return seconds;
    }
    try {
      Instant at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> parseAmount(String value, long nanosPerUnit) {
    try {
      double amount = Double.parseDouble(value.trim());
      if (!(amount >= 0) || Double.isInfinite(amount)) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofNanos((long) Math.min(amount * nanosPerUnit, Long.MAX_VALUE)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
