package app.konqer.sdk.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between the attempts of a blocking call. Inject a fake in tests so that a retry test never waits for real.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long to wait
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The real sleeper, which blocks the thread.
   *
   * @return a sleeper built on {@link TimeUnit#sleep(long)}
   */
  static Sleeper system() {
    return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }
}
