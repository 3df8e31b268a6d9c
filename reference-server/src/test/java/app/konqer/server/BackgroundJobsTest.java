package app.konqer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The server's periodic jobs keep running after a failed run, and stop when the server stops. */
class BackgroundJobsTest {

  @Test
  void aFailedRunIsFollowedByTheNextAndCloseStopsTheJob() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch thirdRun = new CountDownLatch(3);
    Runnable job = () -> {
      runs.incrementAndGet();
      thirdRun.countDown();
      if (runs.get() == 1) {
        throw new IllegalStateException("database briefly unreachable");
      }
    };

    BackgroundJobs jobs = BackgroundJobs.start(List.of(new BackgroundJobs.Job("test", job, Duration.ofMillis(1))),
        Duration.ofSeconds(5));
    assertThat(thirdRun.await(10, TimeUnit.SECONDS)).isTrue();
    jobs.close();
    int afterClose = runs.get();

    assertThat(afterClose).isGreaterThanOrEqualTo(3);
    jobs.close();
    assertThat(runs.get()).isEqualTo(afterClose);
  }
}
