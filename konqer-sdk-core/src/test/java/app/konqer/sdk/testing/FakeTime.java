package app.konqer.sdk.testing;

import app.konqer.sdk.http.Scheduler;
import app.konqer.sdk.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when someone waits on it. Blocking waits ({@link #sleep}) and scheduled retries
 * ({@link #schedule}) are recorded separately and advance the clock at once, so retry tests never wait.
 */
public final class FakeTime extends Clock implements Sleeper, Scheduler {
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final AtomicLong millis = new AtomicLong(START.toEpochMilli());
  private final List<Duration> slept = new CopyOnWriteArrayList<>();
  private final List<Duration> scheduled = new CopyOnWriteArrayList<>();

  /** What blocking calls slept, in order. */
  public List<Duration> slept() {
    return slept;
  }

  /** The delays asynchronous calls scheduled their retries with, in order. */
  public List<Duration> scheduled() {
    return scheduled;
  }

  public void advance(Duration duration) {
    millis.addAndGet(duration.toMillis());
  }

  @Override
  public void sleep(Duration duration) {
    slept.add(duration);
    advance(duration);
  }

  @Override
  public Future<?> schedule(Duration delay, Runnable task) {
    scheduled.add(delay);
    advance(delay);
    task.run();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
  }

  @Override
  public long millis() {
    return millis.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
