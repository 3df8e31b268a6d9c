package app.konqer.sdk.auth;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.Interceptor;

/**
 * Runs many callers of one action at the same moment and holds the first HTTP request until every caller is parked,
 * so that all of them overlap with the first fetch whatever the scheduler does.
 */
final class Concurrently {
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();

  /** Counts requests, and parks each one until all callers are waiting. */
  Interceptor interceptor() {
    return chain -> {
      requests.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while held");
      }
      return chain.proceed(chain.request());
    };
  }

  int requests() {
    return requests.get();
  }

  /**
   * Starts {@code callers} threads together. Once each has entered {@code action} and is parked (on the provider's
   * lock, or in {@link #interceptor()}), the held request is released.
   *
   * @return each caller's result, or the exception it threw
   */
  List<Object> run(int callers, Supplier<String> action) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger entered = new AtomicInteger();
    Object[] outcomes = new Object[callers];
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      int index = i;
      Thread thread = new Thread(() -> {
        try {
          start.await();
          entered.incrementAndGet();
          outcomes[index] = action.get();
        } catch (InterruptedException | RuntimeException e) {
          outcomes[index] = e;
        }
      }, "caller-" + i);
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    while (entered.get() < callers || requests.get() == 0 || !allParked(threads)) {
      Thread.onSpinWait();
    }
    release.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    return List.of(outcomes);
  }

  private static boolean allParked(List<Thread> threads) {
    for (Thread thread : threads) {
      Thread.State state = thread.getState();
      if (state != Thread.State.WAITING && state != Thread.State.BLOCKED) {
        return false;
      }
    }
    return true;
  }
}
