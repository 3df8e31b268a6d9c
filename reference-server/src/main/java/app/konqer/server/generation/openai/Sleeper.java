package app.konqer.server.generation.openai;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between attempts; tests pass one that records the waits instead. */
@FunctionalInterface
public interface Sleeper {
  /**
   * Blocks for a while.
   *
   * @param duration how long
   * @throws InterruptedException when the thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The sleeper that blocks the calling thread.
   *
   * @return a sleeper backed by {@link TimeUnit#sleep(long)}
   */
  static Sleeper system() {
    return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }
}
