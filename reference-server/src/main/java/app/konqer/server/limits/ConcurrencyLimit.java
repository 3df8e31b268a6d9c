package app.konqer.server.limits;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the calls in flight to an upstream in this process. A call that finds every slot taken waits up to the
 * settings' {@code maxWait} for one, then fails with {@link UpstreamBusyException}. Taking a free slot is one
 * compare-and-set; waiting callers queue without spinning.
 */
public final class ConcurrencyLimit {
  private final ConcurrencySettings settings;
  private final Semaphore slots;

  /**
   * Creates the limit.
   *
   * @param settings the most calls at once and the longest wait
   */
  public ConcurrencyLimit(ConcurrencySettings settings) {
    this.settings = settings;
    this.slots = new Semaphore(settings.maxInFlight());
  }

  /**
   * Runs a call in a slot.
   *
   * @param call the call
   * @param <T> what it returns
   * @return what it returned
   * @throws UpstreamBusyException when no slot frees up in time, or the thread is interrupted while waiting
   */
  public <T> T call(Supplier<T> call) {
    acquire();
    try {
      return call.get();
    } finally {
      slots.release();
    }
  }

  /** @return the settings */
  public ConcurrencySettings settings() {
    return settings;
  }

  /** @return the calls in flight now */
  public int inFlight() {
    return settings.maxInFlight() - slots.availablePermits();
  }

  /** @return an estimate of the calls waiting for a slot now */
  public int waiting() {
    return slots.getQueueLength();
  }

  private void acquire() {
    boolean acquired;
    try {
      acquired = slots.tryAcquire(settings.maxWait().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamBusyException(settings, e);
    }
    if (!acquired) {
      throw new UpstreamBusyException(settings, null);
    }
  }
}
