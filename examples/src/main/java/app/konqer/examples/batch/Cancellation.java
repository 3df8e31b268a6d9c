package app.konqer.examples.batch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops a batch run as a kill would: no further row is sent, and the calls in flight are cancelled, their rows left
 * unwritten. Ctrl-C triggers it in the command; a test triggers it to crash a run midway. A later run sends the
 * unwritten rows again with the same idempotency keys, so the server charges none of them twice.
 */
public final class Cancellation {
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** Cancels; calling it again does nothing. */
  public void cancel() {
    if (cancelled.compareAndSet(false, true)) {
      listeners.forEach(Runnable::run);
    }
  }

  /** @return whether {@link #cancel()} was called */
  public boolean isCancelled() {
    return cancelled.get();
  }

  /**
   * Runs an action on cancellation, or now if already cancelled.
   *
   * @param action the action
   */
  void onCancel(Runnable action) {
    listeners.add(action);
    if (cancelled.get()) {
      action.run();
    }
  }
}
