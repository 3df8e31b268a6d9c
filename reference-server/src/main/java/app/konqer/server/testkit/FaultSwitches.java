package app.konqer.server.testkit;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The faults a test has switched on: failures for the next requests, in the order they were asked for, and a delay
 * for every response. Requests take failures first come, first served, so each queued failure answers exactly one
 * request, whatever its route.
 */
final class FaultSwitches {
  private final Queue<InjectedFault> failures = new ConcurrentLinkedQueue<>();
  private volatile Duration latency = Duration.ZERO;

  /**
   * Queues failures.
   *
   * @param times how many requests to fail
   * @param fault how to fail each
   */
  void failNext(int times, InjectedFault fault) {
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative: " + times);
    }
    for (int i = 0; i < times; i++) {
      failures.add(fault);
    }
  }

  /**
   * The {@code before} handler: answers the request with the next queued failure, if there is one. It runs before
   * authentication, as a proxy's or a gateway's failure would, so the request has no effect at all.
   *
   * @param ctx the request
   */
  void apply(Context ctx) {
    InjectedFault fault = failures.poll();
    if (fault != null) {
      throw fault.error();
    }
  }

  /** @return how many queued failures are still unused */
  int pendingFailures() {
    return failures.size();
  }

  /**
   * Delays every response from now on.
   *
   * @param delay the delay; zero for none
   */
  void latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("Latency cannot be negative: " + delay);
    }
    this.latency = delay;
  }

  /** @return the current delay */
  Duration latency() {
    return latency;
  }

  /** Switches every fault off. */
  void clear() {
    failures.clear();
    latency = Duration.ZERO;
  }
}
