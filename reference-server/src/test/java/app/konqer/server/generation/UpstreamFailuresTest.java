package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OpenAI failing, timing out or answering nonsense: the right problem, and nothing stored or charged. */
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

  @Test
  void openAiFailingOnEveryAttemptIs502UpstreamErrorAndTheKeyCanBeRetried() {
    User user = fixture.userWithAllServices("upstream-500");
    for (int i = 0; i < FakeOpenAi.MAX_ATTEMPTS; i++) {
      openAi.fail(500);
    }

    Reply reply = fixture.generate(user, "carousel", BODY, "key-upstream-500");

    assertProblem(reply, 502, "upstream_error");
    assertThat(openAi.takeRequests()).hasSize(FakeOpenAi.MAX_ATTEMPTS);
    assertNothingStoredOrCharged(user);

    openAi.answer(validCarousel());
    Reply retry = fixture.generate(user, "carousel", BODY, "key-upstream-500");
    assertThat(retry.status()).as(retry.body()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isNull();
  }

  @Test
  void openAiNotAnsweringIs504UpstreamTimeout() {
    User user = fixture.userWithAllServices("upstream-timeout");
    openAi.hang();

    Reply reply = fixture.generate(user, "carousel", BODY);

    assertProblem(reply, 504, "upstream_timeout");
    assertNothingStoredOrCharged(user);
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
