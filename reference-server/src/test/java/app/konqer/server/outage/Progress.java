package app.konqer.server.outage;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What the load, the jobs and the e-mail sender report, so that the test waits for events rather than for time:
 * every report wakes the waiting test, which then checks its condition again.
 */
final class Progress {
  private long reports;

  /** Something happened. */
  synchronized void report() {
    reports++;
    notifyAll();
  }

  /**
   * Waits until a condition holds, checked after each report.
   *
   * @param what the condition, for the failure message
   * @param condition checked outside the lock, so it may call the server
   * @param timeout when to give up
   */
  void awaitUntil(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long seen;
      synchronized (this) {
        seen = reports;
      }
      if (condition.getAsBoolean()) {
        return;
      }
      synchronized (this) {
        while (reports == seen) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new AssertionError("Gave up after " + timeout + " waiting until " + what);
          }
          wait(Math.max(1, left / 1_000_000));
        }
      }
    }
  }
}
