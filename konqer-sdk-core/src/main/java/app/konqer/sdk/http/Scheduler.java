package app.konqer.sdk.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the next attempt of an asynchronous call after its backoff, without holding a thread while it waits. Inject a
 * fake in tests that records the delay and runs the task at once.
 */
@FunctionalInterface
public interface Scheduler {

  /**
   * Runs {@code task} once {@code delay} has passed. The task is short: it only enqueues the next HTTP call.
   *
   * @param delay how long to wait first
   * @param task what to run
   * @return a handle whose {@link Future#cancel(boolean)} keeps the task from running, if it has not yet
   */
  Future<?> schedule(Duration delay, Runnable task);

  /**
   * The real scheduler. It uses the JDK's shared delay timer of {@link CompletableFuture#delayedExecutor}, a daemon
   * thread that needs no shutting down, and runs the task on that thread.
   *
   * @return the default scheduler
   */
  static Scheduler system() {
    return (delay, task) -> CompletableFuture.runAsync(
        task, CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, Runnable::run));
  }
}
