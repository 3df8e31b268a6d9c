package app.konqer.server.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: N workers, each running one operation after the other as fast as it completes, for a
 * warm-up that is not measured and then for a measured duration.
 */
final class ClosedLoop {
  /** One operation of one worker; it throws when the operation failed. */
  @FunctionalInterface
  interface Operation {
    void run(int worker) throws Exception;
  }

  /**
   * What a run measured.
   *
   * @param name what ran
   * @param operations completed operations in the measured window
   * @param errors failed operations in the measured window
   * @param seconds the measured window
   * @param p50Nanos the median latency
   * @param p99Nanos the 99th percentile latency
   * @param p999Nanos the 99.9th percentile latency
   */
  record Result(String name, long operations, long errors, double seconds, long p50Nanos, long p99Nanos,
      long p999Nanos) {
    double throughput() {
      return operations / seconds;
    }
  }

  private ClosedLoop() {}

  /**
   * The raw measurements of one run, to be combined with other runs of the same operation.
   *
   * @param errors failed operations in the measured window
   * @param seconds the measured window
   * @param latencies the latencies of the completed operations, in nanoseconds, unsorted
   */
  record Sample(long errors, double seconds, long[] latencies) {}

  static Result run(String name, int workers, Duration warmUp, Duration measured, Operation operation)
      throws InterruptedException {
    return result(name, List.of(sample(name, workers, warmUp, measured, operation)));
  }

  /** Combines runs of one operation: operations and time add up, percentiles are over all latencies. */
  static Result result(String name, List<Sample> samples) {
    long errors = 0;
    double seconds = 0;
    int total = 0;
    for (Sample sample : samples) {
      errors += sample.errors();
      seconds += sample.seconds();
      total += sample.latencies().length;
    }
    long[] sorted = new long[total];
    int at = 0;
    for (Sample sample : samples) {
      System.arraycopy(sample.latencies(), 0, sorted, at, sample.latencies().length);
      at += sample.latencies().length;
    }
    Arrays.sort(sorted);
    return new Result(name, sorted.length, errors, seconds, Latencies.percentile(sorted, 0.50),
        Latencies.percentile(sorted, 0.99), Latencies.percentile(sorted, 0.999));
  }

  static Sample sample(String name, int workers, Duration warmUp, Duration measured, Operation operation)
      throws InterruptedException {
    List<Latencies> latencies = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(workers);
    long start = System.nanoTime();
    long measureFrom = start + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      Latencies mine = new Latencies();
      latencies.add(mine);
      int worker = i;
      Thread thread = new Thread(() -> {
        try {
          for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
            boolean failed = false;
            try {
              operation.run(worker);
            } catch (Exception e) {
              failed = true;
            }
            long finished = System.nanoTime();
            if (now >= measureFrom && finished <= end) {
              if (failed) {
                errors.incrementAndGet();
              } else {
                mine.add(finished - now);
              }
            }
          }
        } finally {
          done.countDown();
        }
      }, name + "-" + i);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    done.await();
    return new Sample(errors.get(), measured.toNanos() / 1e9, Latencies.merged(latencies));
  }
}
