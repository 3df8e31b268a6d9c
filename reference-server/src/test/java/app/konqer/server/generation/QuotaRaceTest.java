package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The daily quota under concurrent load: never more successes than the limit, in one process or two. */
class QuotaRaceTest {
  private static final int LIMIT = 100;
  private static final int CALLS = 200;

  @RegisterExtension
  static final TestServer first = TestServer.api().pool(10, Duration.ofSeconds(20));

  private static final TestServer second =
      TestServer.api().pool(10, Duration.ofSeconds(20)).sharingDatabaseWith(first);
  private static final String BODY = ServiceSamples.json(ServiceDefinitions.BATTLECARDS);

  private final GenerationFixture fixture = new GenerationFixture(first);

  @BeforeAll
  static void startTheSecondServer() {
    second.start();
  }

  @AfterAll
  static void stopTheSecondServer() {
    second.stop();
  }

  @Test
  void twoHundredConcurrentCallsAgainstALimitOfAHundredGetExactlyAHundredGenerations() throws Exception {
    User user = fixture.userWithAllServices("race-one-server");

    Map<Integer, Long> statuses = race(i -> fixture.generate(user, "battlecards", BODY));

    assertThat(statuses).containsOnly(Map.entry(200, (long) LIMIT), Map.entry(429, (long) (CALLS - LIMIT)));
    assertThat(fixture.quotaUsed(user, ServiceId.BATTLECARDS)).isEqualTo(LIMIT);
    assertThat(fixture.generations(user)).isEqualTo(LIMIT);
  }

  @Test
  void theLimitHoldsAcrossTwoServerProcessesOnOneDatabase() throws Exception {
    User user = fixture.userWithAllServices("race-two-servers");
    GenerationFixture onSecond = new GenerationFixture(second);

    Map<Integer, Long> statuses = race(i -> (i % 2 == 0 ? fixture : onSecond).generate(user, "battlecards", BODY));

    assertThat(statuses).containsOnly(Map.entry(200, (long) LIMIT), Map.entry(429, (long) (CALLS - LIMIT)));
    assertThat(fixture.quotaUsed(user, ServiceId.BATTLECARDS)).isEqualTo(LIMIT);
    assertThat(fixture.generations(user)).isEqualTo(LIMIT);
  }

  @Test
  void withAKeyEachTheLimitHoldsAndEveryRefusedCallLeavesItsKeyFree() throws Exception {
    User user = fixture.userWithAllServices("race-keyed");

    Map<Integer, Long> statuses = race(i -> fixture.generate(user, "battlecards", BODY, "race-key-" + i));

    assertThat(statuses).containsOnly(Map.entry(200, (long) LIMIT), Map.entry(429, (long) (CALLS - LIMIT)));
    assertThat(fixture.quotaUsed(user, ServiceId.BATTLECARDS)).isEqualTo(LIMIT);
    assertThat(fixture.generations(user)).isEqualTo(LIMIT);
    assertThat(fixture.idempotencyKeys(user)).as("only the keys of stored generations are kept").isEqualTo(LIMIT);
  }

  @Test
  void oneKeySentTwoHundredTimesAtOnceTakesOneUnit() throws Exception {
    User user = fixture.userWithAllServices("race-one-key");

    Map<Integer, Long> statuses = race(i -> fixture.generate(user, "battlecards", BODY, "the-same-key"));

    assertThat(statuses.get(200)).as("the first, then replays of it").isPositive();
    assertThat(statuses.keySet()).as("the others are told it is in progress").isSubsetOf(200, 409);
    assertThat(fixture.quotaUsed(user, ServiceId.BATTLECARDS)).isEqualTo(1);
    assertThat(fixture.generations(user)).isEqualTo(1);
  }

  /** Runs the calls at once, released together by one latch, and counts the statuses. */
  private static Map<Integer, Long> race(IntFunction<Reply> call) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(CALLS);
    try {
      CountDownLatch ready = new CountDownLatch(CALLS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        int index = i;
        replies.add(callers.submit(() -> {
          ready.countDown();
          go.await();
          return call.apply(index);
        }));
      }
      ready.await();
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        statuses.add(reply.get().status());
      }
      return statuses.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
    } finally {
      callers.shutdownNow();
    }
  }
}
