package app.konqer.server.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;

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
   * @param slowestByWindow the slowest latency of the operations due in each window of
   *     {@link Timeline#WINDOW_NANOS} from the start, measured or not
   * @param sortedNanos every measured latency, sorted
   * @param dueWindows for every measured latency in {@code nanosInOrder}, the window from the start (of
   *     {@link Timeline#WINDOW_NANOS}) its operation was due in
   * @param nanosInOrder every measured latency, in the order of {@code dueWindows}
   */
  record Result(String name, double ratePerSecond, long operations, long errors, long p50Nanos, long p99Nanos,
      long p999Nanos, long[] slowestByWindow, long[] sortedNanos, long[] dueWindows, long[] nanosInOrder) {}

  /**
   * The results of several runs of one loop as one: their latencies and errors together.
   *
   * @param name what ran
   * @param results the runs, at one rate
   * @return the merged result, without windows
   */
  static Result merge(String name, List<Result> results) {
    long[] sorted = results.stream().flatMapToLong(result -> LongStream.of(result.sortedNanos())).sorted().toArray();
    long errors = results.stream().mapToLong(Result::errors).sum();
    return new Result(name, results.isEmpty() ? 0 : results.get(0).ratePerSecond(), sorted.length, errors,
        Latencies.percentile(sorted, 0.50), Latencies.percentile(sorted, 0.99), Latencies.percentile(sorted, 0.999),
        new long[0], sorted, new long[0], new long[0]);
  }

  private PacedLoop() {}

  /**
   * Runs the load.
   *
   * @param name what runs
   * @param ratePerSecond arrivals per second
   * @param workers threads that send
   * @param start the {@link System#nanoTime()} at which the first operation is due
   * @param warmUp the unmeasured start
   * @param measured the measured time after it
   * @param operation what each arrival does
   * @return what was measured
   * @throws InterruptedException when interrupted
   */
  static Result run(String name, double ratePerSecond, int workers, long start, Duration warmUp, Duration measured,
      ClosedLoop.Operation operation) throws InterruptedException {
    long interval = (long) (1e9 / ratePerSecond);
    long measureFrom = start + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    AtomicLongArray slowest = new AtomicLongArray((int) ((end - start) / Timeline.WINDOW_NANOS) + 1);
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<Latencies> latencies = new ArrayList<>();
    List<Latencies> dueWindows = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(workers);
    for (int i = 0; i < workers; i++) {
      Latencies mine = new Latencies();
      Latencies mineDue = new Latencies();
      latencies.add(mine);
      dueWindows.add(mineDue);
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
            long latency = System.nanoTime() - due;
            int window = (int) ((due - start) / Timeline.WINDOW_NANOS);
            slowest.accumulateAndGet(window, latency, Math::max);
            if (due >= measureFrom) {
              if (failed) {
                errors.incrementAndGet();
              } else {
                mine.add(latency);
                mineDue.add(window);
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
        Latencies.percentile(sorted, 0.99), Latencies.percentile(sorted, 0.999), toArray(slowest), sorted,
        Latencies.concatenated(dueWindows), Latencies.concatenated(latencies));
  }

  private static long[] toArray(AtomicLongArray values) {
    long[] copy = new long[values.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = values.get(i);
    }
    return copy;
  }
}
