package app.konqer.server.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load at a fixed arrival rate: operation k is due at {@code start + k / rate}, whatever happened to
 * the ones before it. Each latency runs from the time the operation was due, not from when a worker got to it, so a
 * server that falls behind is charged for the queue it builds (no coordinated omission).
 */
final class PacedLoop {

  /**
   * What a paced run measured.
   *
   * @param name what ran
   * @param ratePerSecond the arrival rate asked for
   * @param operations completed operations due in the measured window
   * @param errors failed operations due in the measured window
   * @param p50Nanos the median latency
   * @param p99Nanos the 99th percentile latency
   * @param p999Nanos the 99.9th percentile latency
   */
  record Result(String name, double ratePerSecond, long operations, long errors, long p50Nanos, long p99Nanos,
      long p999Nanos) {}

  private PacedLoop() {}

  static Result run(String name, double ratePerSecond, int workers, Duration warmUp, Duration measured,
      ClosedLoop.Operation operation) throws InterruptedException {
    long interval = (long) (1e9 / ratePerSecond);
    long start = System.nanoTime() + 10_000_000L;
    long measureFrom = start + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<Latencies> latencies = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(workers);
    for (int i = 0; i < workers; i++) {
      Latencies mine = new Latencies();
      latencies.add(mine);
      int worker = i;
      Thread thread = new Thread(() -> {
        try {
          for (long due = start + next.getAndIncrement() * interval; due < end;
              due = start + next.getAndIncrement() * interval) {
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
              LockSupport.parkNanos(wait);
            }
            boolean failed = false;
            try {
              operation.run(worker);
            } catch (Exception e) {
              failed = true;
            }
            if (due >= measureFrom) {
              if (failed) {
                errors.incrementAndGet();
              } else {
                mine.add(System.nanoTime() - due);
              }
            }
          }
        } finally {
          done.countDown();
        }
      }, name + "-" + i);
      thread.start();
    }
    done.await();
    long[] sorted = Latencies.merged(latencies);
    return new Result(name, ratePerSecond, sorted.length, errors.get(), Latencies.percentile(sorted, 0.50),
        Latencies.percentile(sorted, 0.99), Latencies.percentile(sorted, 0.999));
  }
}
