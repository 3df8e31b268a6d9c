package app.konqer.server.email;

import java.time.Duration;

/**
 * How long the outbox waits before the next attempt at an e-mail: {@code first * 2^(attempt-1)}, at most {@code max},
 * and how many attempts it makes before it gives up.
 *
 * @param first the wait after the first failed attempt
 * @param max the longest wait
 * @param maxAttempts the attempts after which an e-mail is marked failed
 */
public record RetryBackoff(Duration first, Duration max, int maxAttempts) {
  /** 30 s, 1 min, 2 min, ... up to 1 h, 10 attempts: about 4 hours in all. */
  public static final RetryBackoff DEFAULT = new RetryBackoff(Duration.ofSeconds(30), Duration.ofHours(1), 10);

  /** Checks the settings. */
  public RetryBackoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("Invalid backoff: " + first + ", " + max + ", " + maxAttempts);
    }
  }

  /**
   * The wait after a failed attempt.
   *
   * @param attempt the attempt that failed, from 1
   * @return the wait before the next one
   */
  public Duration delayAfter(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    Duration delay = first.multipliedBy(1L << doublings);
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
