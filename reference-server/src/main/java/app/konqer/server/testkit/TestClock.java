package app.konqer.server.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The test server's clock. It runs like the wall clock from where it started, so that generations made one after
 * the other are stored in that order, and a test jumps it forward with {@link #advance(Duration)} to reach a quota
 * reset, a rolling unlock or a token's expiry without waiting. Readings have PostgreSQL's precision (microseconds),
 * so a time the server stores reads back equal. Thread-safe.
 */
public final class TestClock extends Clock {
  private final long originNanos = System.nanoTime();
  private volatile Instant origin;

  /**
   * Creates a clock.
   *
   * @param start the time it shows now
   */
  public TestClock(Instant start) {
    this.origin = Objects.requireNonNull(start, "start");
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
    origin = origin.plus(amount);
    return instant();
  }

  /**
   * Sets the time; the clock runs on from there.
   *
   * @param time the new time
   */
  public synchronized void set(Instant time) {
    origin = Objects.requireNonNull(time, "time").minusNanos(System.nanoTime() - originNanos);
  }

  @Override
  public Instant instant() {
    return origin.plusNanos(System.nanoTime() - originNanos).truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * This clock seen in another zone: the same instants, moved by {@link #advance(Duration)} and {@link #set(Instant)}
   * of this clock.
   *
   * @param zone the zone
   * @return a view of this clock
   */
  @Override
  public Clock withZone(ZoneId zone) {
    return ZoneOffset.UTC.equals(zone) ? this : new ZonedView(this, zone);
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + "]";
  }

  /** A {@link TestClock} read in another zone. */
  private static final class ZonedView extends Clock {
    private final TestClock source;
    private final ZoneId zone;

    ZonedView(TestClock source, ZoneId zone) {
      this.source = source;
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Instant instant() {
      return source.instant();
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return source.withZone(other);
    }
  }
}
