package app.konqer.server.idempotency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired idempotency keys at a fixed interval, on a daemon thread of its own. Expired keys are already
 * ignored by every claim; the purge only keeps the table small. A failed round is logged and tried again at the
 * next interval.
 */
public final class ExpiredKeyPurge implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ExpiredKeyPurge.class);

  private final ScheduledExecutorService scheduler;

  private ExpiredKeyPurge(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Starts purging.
   *
   * @param store the keys
   * @param interval the time between two rounds; the first runs after one interval
   * @return the running purge; close it to stop
   */
  public static ExpiredKeyPurge start(IdempotencyStore store, Duration interval) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "konqer-idempotency-purge");
      thread.setDaemon(true);
      return thread;
    });
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(() -> purge(store), millis, millis, TimeUnit.MILLISECONDS);
    return new ExpiredKeyPurge(scheduler);
  }

  private static void purge(IdempotencyStore store) {
    try {
      int deleted = store.purgeExpired();
      if (deleted > 0) {
        log.info("Deleted {} expired idempotency keys", deleted);
      }
    } catch (RuntimeException e) {
      log.warn("Purging expired idempotency keys failed; trying again later: {}", e.toString());
    }
  }

  /** Stops purging; a round in progress is interrupted. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
