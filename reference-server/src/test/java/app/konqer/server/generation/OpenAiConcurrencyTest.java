package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.generation.engine.LimitedGenerator;
import app.konqer.server.limits.ConcurrencyLimit;
import app.konqer.server.limits.ConcurrencySettings;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code KONQER_OPENAI_MAX_CONCURRENCY}: with every slot taken by a generation that OpenAI holds, another one waits
 * for a slot, or, once it has waited as long as it may, answers 503 {@code upstream_busy} without charging or keeping
 * anything. OpenAI is a MockWebServer that holds every request until the test lets it answer.
 */
class OpenAiConcurrencyTest {
  private static final FakeOpenAi openAi = new FakeOpenAi(Duration.ofSeconds(30));
  private static final ConcurrencyLimit refusing = new ConcurrencyLimit(new ConcurrencySettings(1, Duration.ZERO));
  private static final ConcurrencyLimit queueing =
      new ConcurrencyLimit(new ConcurrencySettings(1, Duration.ofSeconds(30)));

  @RegisterExtension
  static final TestServer refusingServer = TestServer.api()
      .generation(parts -> parts.withGenerator(new LimitedGenerator(openAi.engine(), refusing)));

  @RegisterExtension
  static final TestServer queueingServer = TestServer.api()
      .generation(parts -> parts.withGenerator(new LimitedGenerator(openAi.engine(), queueing)));

  private static final String BODY = ServiceSamples.json(ServiceDefinitions.CAROUSEL);

  @AfterEach
  void answerNormallyAgain() {
    openAi.reset();
  }

  @AfterAll
  static void stopOpenAi() throws Exception {
    openAi.close();
  }

  @Test
  void withEverySlotTakenAGenerationIs503UpstreamBusyAndChargesAndKeepsNothing() throws Exception {
    GenerationFixture fixture = new GenerationFixture(refusingServer);
    User first = fixture.userWithAllServices("busy-first");
    User second = fixture.userWithAllServices("busy-second");
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    openAi.holdEveryRequest(validCarousel(refusingServer), arrived, release);
    CompletableFuture<Reply> holding =
        CompletableFuture.supplyAsync(() -> fixture.generate(first, "carousel", BODY, "key-holding"));
    assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();

    Reply busy;
    try {
      busy = fixture.generate(second, "carousel", BODY, "key-busy");
    } finally {
      release.countDown();
    }

    assertThat(busy.status()).as(busy.body()).isEqualTo(503);
    assertThat(busy.problem().code()).isEqualTo("upstream_busy");
    assertThat(busy.header("Retry-After")).isEqualTo("1");
    assertThat(fixture.quotaUsed(second, ServiceId.CAROUSEL)).isZero();
    assertThat(fixture.idempotencyKeys(second)).isZero();
    assertThat(fixture.generations(second)).isZero();
    assertThat(holding.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(openAi.takeRequests()).as("the refused generation never called OpenAI").hasSize(1);
    Reply retry = fixture.generate(second, "carousel", BODY, "key-busy");
    assertThat(retry.status()).as(retry.body()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isNull();
    assertThat(refusing.inFlight()).isZero();
  }

  @Test
  void aGenerationWaitsForASlotAndRunsWhenOneFrees() throws Exception {
    GenerationFixture fixture = new GenerationFixture(queueingServer);
    User first = fixture.userWithAllServices("queue-first");
    User second = fixture.userWithAllServices("queue-second");
    CountDownLatch arrived = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    openAi.holdEveryRequest(validCarousel(queueingServer), arrived, release);
    CompletableFuture<Reply> holding = CompletableFuture.supplyAsync(() -> fixture.generate(first, "carousel", BODY));
    awaitArrivals(arrived, 1);
    CompletableFuture<Reply> waiting = CompletableFuture.supplyAsync(() -> fixture.generate(second, "carousel", BODY));
    try {
      awaitOneWaiting();

      assertThat(arrived.getCount()).as("the second generation waits for the slot, not at OpenAI").isEqualTo(1);
      assertThat(queueing.inFlight()).isEqualTo(1);
    } finally {
      release.countDown();
    }

    assertThat(holding.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(waiting.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(fixture.generations(first) + fixture.generations(second)).isEqualTo(2);
  }

  private static void awaitArrivals(CountDownLatch arrived, long left) {
    Instant deadline = Instant.now().plusSeconds(30);
    while (arrived.getCount() > left) {
      assertThat(Instant.now()).as("a request reached OpenAI").isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  /** Returns once a generation queues for the slot, which takes one scheduling round; gives up after 30 s. */
  private static void awaitOneWaiting() {
    Instant deadline = Instant.now().plusSeconds(30);
    while (queueing.waiting() < 1) {
      assertThat(Instant.now()).as("a generation queued for the slot").isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  private static String validCarousel(TestServer server) {
    return new CannedOutputs(server.database().dataSource()).validAnswer(ServiceDefinitions.CAROUSEL);
  }
}
