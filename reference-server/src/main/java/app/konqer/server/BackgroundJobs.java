package app.konqer.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's periodic jobs (e-mail delivery, unlock notifications), each on its own daemon thread with a fixed
 * delay between runs. A run that fails is logged and the job runs again at its next turn. {@link #close()} lets a
 * running job finish (within a grace period) and starts no new run. Tests do not start these threads: they call the
 * jobs themselves.
 */
public final class BackgroundJobs implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

  private final ScheduledExecutorService executor;
  private final Duration grace;

  /**
   * One periodic job.
   *
   * @param name its name, for the thread and the log
   * @param run one run of the job
   * @param every the delay between the end of a run and the start of the next
   */
  public record Job(String name, Runnable run, Duration every) {}

  private BackgroundJobs(ScheduledExecutorService executor, Duration grace) {
    this.executor = executor;
    this.grace = grace;
  }

  /**
   * Starts jobs; each first runs after one delay.
   *
   * @param jobs the jobs
   * @param grace how long {@link #close()} waits for running jobs
   * @return the running jobs
   */
  public static BackgroundJobs start(List<Job> jobs, Duration grace) {
    AtomicInteger threads = new AtomicInteger();
    ScheduledExecutorService executor = Executors.newScheduledThreadPool(jobs.size(), task -> {
      Thread thread = new Thread(task, "konqer-jobs-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    for (Job job : jobs) {
      long millis = job.every().toMillis();
      executor.scheduleWithFixedDelay(() -> runSafely(job), millis, millis, TimeUnit.MILLISECONDS);
    }
    return new BackgroundJobs(executor, grace);
  }

  private static void runSafely(Job job) {
    try {
      job.run().run();
    } catch (RuntimeException e) {
      log.warn("Job {} failed; it runs again in {}", job.name(), job.every(), e);
    }
  }

  /** Stops the jobs: no new run starts, and a running one may finish within the grace period. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Background jobs did not finish within {}; interrupting them", grace);
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
