package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OpenAI failing, rate limiting, timing out or answering nonsense (a MockWebServer stands in for it; the retry waits
 * go to a recording sleeper, so nothing really waits): the right problem, the quota unit given back, nothing stored,
 * and the {@code Idempotency-Key} released so that a retry with it runs again.
 */
class UpstreamFailuresTest {
  private static final FakeOpenAi openAi = new FakeOpenAi();

  @RegisterExtension
  static final TestServer server = TestServer.api().generation(parts -> parts.withGenerator(openAi.engine()));

  private static final String BODY = ServiceSamples.json(ServiceDefinitions.CAROUSEL);

  private final GenerationFixture fixture = new GenerationFixture(server);

  @BeforeEach
  void forgetEarlierCalls() {
    openAi.reset();
  }

  @AfterAll
  static void stopOpenAi() throws Exception {
    openAi.close();
  }

  /** One way OpenAI fails, and what the client must see. */
  record Fault(String name, Consumer<FakeOpenAi> setUp, int status, String code, int attempts) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Fault> faults() {
    String schemaBreaking = CannedOutputs.write(Map.of("hook", "Still wrong", "slides", List.of(), "cta", "Follow",
        "estimated_reach", 10));
    return Stream.of(
        new Fault("500 on every attempt", ai -> repeat(FakeOpenAi.MAX_ATTEMPTS, () -> ai.fail(500)), 502,
            "upstream_error", FakeOpenAi.MAX_ATTEMPTS),
        new Fault("503 then 502 then 500", ai -> {
          ai.fail(503);
          ai.fail(502);
          ai.fail(500);
        }, 502, "upstream_error", FakeOpenAi.MAX_ATTEMPTS),
        new Fault("429 asking for longer than the retry budget", ai -> ai.rateLimit("30"), 502, "upstream_error", 1),
        new Fault("429 within the budget on every attempt",
            ai -> repeat(FakeOpenAi.MAX_ATTEMPTS, () -> ai.rateLimit("0.2")), 502, "upstream_error",
            FakeOpenAi.MAX_ATTEMPTS),
        new Fault("no answer within the read timeout", FakeOpenAi::hang, 504, "upstream_timeout", 1),
        new Fault("a completion cut off mid-body", FakeOpenAi::answerTruncated, 502, "upstream_error", 1),
        new Fault("a body that is not JSON", FakeOpenAi::answerNotJson, 502, "upstream_error", 1),
        new Fault("an answer that is not JSON of the schema, twice", ai -> {
          ai.answer("{\"hook\": \"Half an answer\"");
          ai.answer("not json at all");
        }, 502, "upstream_invalid_output", 2),
        new Fault("an answer that breaks the schema, twice", ai -> {
          ai.answer(schemaBreaking);
          ai.answer(schemaBreaking);
        }, 502, "upstream_invalid_output", 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void everyUpstreamFaultIsItsProblemAndLeavesNothingChargedStoredOrHeld(Fault fault) {
    User user = fixture.userWithAllServices("fault-" + fault.name().replaceAll("[^a-z0-9]+", "-"));
    String key = "key-" + user.id();
    fault.setUp().accept(openAi);

    Reply reply = fixture.generate(user, "carousel", BODY, key);

    assertProblem(reply, fault.status(), fault.code());
    assertThat(openAi.takeRequests()).as("attempts").hasSize(fault.attempts());
    assertNothingStoredOrCharged(user);

    openAi.answer(validCarousel());
    Reply retry = fixture.generate(user, "carousel", BODY, key);
    assertThat(retry.status()).as("a retry with the released key runs again: %s", retry.body()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isNull();
    assertThat(fixture.quotaUsed(user, ServiceId.CAROUSEL)).isEqualTo(1);
  }

  @Test
  void a429RetryAfterWithinTheBudgetIsWaitedOutOnTheInjectedSleeperAndThenAnswered() {
    User user = fixture.userWithAllServices("upstream-429-honoured");
    openAi.rateLimit("0.75");
    openAi.answer(validCarousel());

    Reply reply = fixture.generate(user, "carousel", BODY);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(openAi.waits()).containsExactly(Duration.ofMillis(750));
    assertThat(openAi.takeRequests()).hasSize(2);
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.CAROUSEL)).isEqualTo(1);
  }

  @Test
  void a429AskingForMoreThanTheRetryBudgetIsNotWaitedFor() {
    User user = fixture.userWithAllServices("upstream-429-too-long");
    openAi.rateLimit("30");

    Reply reply = fixture.generate(user, "carousel", BODY);

    assertProblem(reply, 502, "upstream_error");
    assertThat(openAi.waits()).as("nothing waited: the retry budget is 1 s").isEmpty();
  }

  private static void repeat(int times, Runnable action) {
    for (int i = 0; i < times; i++) {
      action.run();
    }
  }

  @Test
  void invalidOutputTwiceIs502UpstreamInvalidOutputAfterOneRepairTurn() {
    User user = fixture.userWithAllServices("upstream-invalid");
    openAi.answer("{\"hook\": \"Half an answer\"");
    openAi.answer(CannedOutputs.write(Map.of("hook", "Still wrong", "slides", List.of(), "cta", "Follow",
        "estimated_reach", 10)));

    Reply reply = fixture.generate(user, "carousel", BODY);

    assertProblem(reply, 502, "upstream_invalid_output");
    List<Map<String, Object>> requests = openAi.takeRequests();
    assertThat(requests).hasSize(2);
    List<?> repair = (List<?>) requests.get(1).get("messages");
    assertThat(repair).hasSize(4);
    assertThat(((Map<?, ?>) repair.get(2)).get("role")).isEqualTo("assistant");
    assertThat(((Map<?, ?>) repair.get(2)).get("content")).isEqualTo("{\"hook\": \"Half an answer\"");
    assertThat(((Map<?, ?>) repair.get(3)).get("role")).isEqualTo("user");
    assertThat((String) ((Map<?, ?>) repair.get(3)).get("content")).contains("not JSON of the schema");
    assertNothingStoredOrCharged(user);
  }

  @Test
  void anOutputThatBreaksAServiceRuleIsRepairedOnceAndThenAccepted() {
    User user = fixture.userWithAllServices("upstream-repaired");
    Map<String, Object> valid = objectOf(validCarousel());
    List<?> slides = (List<?>) valid.get("slides");
    Map<String, Object> oneSlideShort = new java.util.LinkedHashMap<>(valid);
    oneSlideShort.put("slides", slides.subList(0, slides.size() - 1));
    openAi.answer(CannedOutputs.write(oneSlideShort));
    openAi.answer(validCarousel());

    Reply reply = fixture.generate(user, "carousel", BODY);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<Map<String, Object>> requests = openAi.takeRequests();
    assertThat(requests).hasSize(2);
    List<?> repair = (List<?>) requests.get(1).get("messages");
    assertThat((String) ((Map<?, ?>) repair.get(3)).get("content"))
        .contains("- slides: must have 6 items (slide_count), has 5");
    Generation<?> generation = reply.json(ServiceDefinitions.CAROUSEL.generationType());
    assertThat(generation.tokensUsed()).isEqualTo(2 * FakeOpenAi.TOKENS);
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.CAROUSEL)).isEqualTo(1);
  }

  private String validCarousel() {
    return new CannedOutputs(server.database().dataSource()).validAnswer(ServiceDefinitions.CAROUSEL);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectOf(String json) {
    return (Map<String, Object>) CannedOutputs.parse(json);
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    Problem problem = reply.problem();
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.detail()).doesNotContain("sk-test-key");
  }

  private void assertNothingStoredOrCharged(User user) {
    assertThat(fixture.generations(user)).isZero();
    assertThat(fixture.events(user)).isZero();
    assertThat(fixture.idempotencyKeys(user)).isZero();
    assertThat(fixture.quotaUsed(user, ServiceId.CAROUSEL)).isZero();
  }
}
