package app.konqer.server.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * How many calls to an upstream may be in flight at once in this process, and how long a call waits for its turn.
 *
 * @param maxInFlight the most calls at once, at least 1
 * @param maxWait how long a call waits for a free slot before it is refused; zero refuses at once
 */
public record ConcurrencySettings(int maxInFlight, Duration maxWait) {
  /** Checks the bounds. */
  public ConcurrencySettings {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
    }
    Objects.requireNonNull(maxWait, "maxWait");
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative: " + maxWait);
    }
  }
}
