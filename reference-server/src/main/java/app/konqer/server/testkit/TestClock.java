package app.konqer.server.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The test server's clock. It stands still until a test moves it, so that quota days, rolling unlocks and token
 * lifetimes follow the test, not the wall clock. Thread-safe.
 */
public final class TestClock extends Clock {
  private volatile Instant now;

  /**
   * Creates a clock.
   *
   * @param start the time it shows until moved
   */
  public TestClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /**
   * Moves the clock forward, for instance a week to see the founding plan's next services unlock.
   *
   * @param amount how far; not negative
   * @return the new time
   */
  public synchronized Instant advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("The clock only moves forward: " + amount);
    }
    now = now.plus(amount);
    return now;
  }

  /**
   * Sets the time.
   *
   * @param time the new time
   */
  public synchronized void set(Instant time) {
    now = Objects.requireNonNull(time, "time");
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("The test clock runs in UTC");
  }

  @Override
  public String toString() {
    return "TestClock[" + now + "]";
  }
}
