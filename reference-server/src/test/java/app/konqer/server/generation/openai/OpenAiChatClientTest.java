package app.konqer.server.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.generation.openai.UpstreamErrorException.Reason;
import app.konqer.server.generation.schema.JsonSchemas;
import app.konqer.server.generation.schema.StrictJsonSchema;
import com.squareup.moshi.Moshi;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiChatClientTest {
  private static final String KEY = "sk-test-4f1c9a";
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final ChatPrompt PROMPT = ChatPrompt.of("You write DMs.", "{\"prospect_name\":\"Ada\"}");

  record DmOutput(@NotBlank String message, @Min(0) @Max(100) int score) {}

  private static final StrictJsonSchema SCHEMA = JsonSchemas.strict(DmOutput.class);

  private final MockWebServer server = new MockWebServer();
  private final Moshi moshi = KonqerJson.create();
  private final List<Duration> sleeps = new ArrayList<>();
  /** Without OkHttp's own silent retry, so that connection failures reach the policy under test. */
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private OpenAiConfig config() {
    return OpenAiConfig.of(KEY).withBaseUrl(server.url("/v1"));
  }

  private OpenAiChatClient client(OpenAiConfig config) {
    return new OpenAiChatClient(config, http, moshi, Clock.fixed(NOW, ZoneOffset.UTC), sleeps::add, () -> 0.0);
  }

  private static MockResponse completion(String content, String finishReason) {
    String message = content == null ? "null" : '"' + content.replace("\"", "\\\"") + '"';
    return new MockResponse().setHeader("Content-Type", "application/json").setBody("""
        {"id": "chatcmpl-7", "object": "chat.completion", "created": 1740830400, "model": "gpt-4o-2024-08-06",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": %s, "refusal": null},
                      "logprobs": null, "finish_reason": "%s"}],
         "usage": {"prompt_tokens": 120, "completion_tokens": 45, "total_tokens": 165},
         "system_fingerprint": "fp_1"}""".formatted(message, finishReason));
  }

  private static MockResponse error(int status, String code, String message) {
    String codeJson = code == null ? "null" : '"' + code + '"';
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody("""
        {"error": {"message": "%s", "type": "server_error", "param": null, "code": %s}}"""
        .formatted(message, codeJson));
  }

  @Test
  void sendsAStrictStructuredOutputRequestAndReadsTheAnswer() throws Exception {
    server.enqueue(completion("{\"message\":\"Hi Ada\",\"score\":80}", "stop"));

    CompletionResult result = client(config()).complete(PROMPT, SCHEMA);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v1/chat/completions");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"model\":\"gpt-4o\",\"messages\":["
        + "{\"role\":\"system\",\"content\":\"You write DMs.\"},"
        + "{\"role\":\"user\",\"content\":\"{\\\"prospect_name\\\":\\\"Ada\\\"}\"}],"
        + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"dm_output\",\"strict\":true,"
        + "\"schema\":{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"},"
        + "\"score\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":100}},\"required\":[\"message\",\"score\"],"
        + "\"additionalProperties\":false}}},"
        + "\"max_completion_tokens\":4096}");
    assertThat(result).isEqualTo(new CompletionResult("chatcmpl-7", "gpt-4o-2024-08-06",
        "{\"message\":\"Hi Ada\",\"score\":80}", FinishReason.STOP, 120, 45, 165));
    assertThat(result.truncated()).isFalse();
    assertThat(sleeps).isEmpty();
  }

  @Test
  void sendsARepairTurnAfterTheFirstExchange() throws Exception {
    server.enqueue(completion("{\"message\":\"Hi Ada, thanks\",\"score\":70}", "stop"));

    client(config()).complete(PROMPT.followUp("{\"message\":\"\",\"score\":70}", "message: must not be blank"),
        SCHEMA);

    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) moshi.adapter(Object.class)
        .fromJson(server.takeRequest().getBody().readUtf8());
    assertThat(body.get("messages")).isEqualTo(List.of(
        Map.of("role", "system", "content", "You write DMs."),
        Map.of("role", "user", "content", "{\"prospect_name\":\"Ada\"}"),
        Map.of("role", "assistant", "content", "{\"message\":\"\",\"score\":70}"),
        Map.of("role", "user", "content", "message: must not be blank")));
  }

  @Test
  void sendsTheConfiguredSamplingParameters() throws Exception {
    server.enqueue(completion("{}", "stop"));
    OpenAiConfig config = config();
    config = new OpenAiConfig(KEY, "gpt-4o-mini", config.baseUrl(), config.connectTimeout(),
        config.readTimeout(), config.callTimeout(), config.retry(), 0.2, null, 42L);

    client(config).complete(PROMPT, SCHEMA);

    String body = server.takeRequest().getBody().readUtf8();
    assertThat(body).startsWith("{\"model\":\"gpt-4o-mini\",").endsWith(",\"temperature\":0.2,\"seed\":42}");
    assertThat(body).doesNotContain("max_completion_tokens");
  }

  @Test
  void waitsAsTheRetryAfterHeaderAsksAfterA429() {
    server.enqueue(error(429, "rate_limit_exceeded", "Rate limit reached").setHeader("Retry-After", "2"));
    server.enqueue(completion("{\"message\":\"Hi\",\"score\":1}", "stop"));

    CompletionResult result = client(config()).complete(PROMPT, SCHEMA);

    assertThat(result.content()).isEqualTo("{\"message\":\"Hi\",\"score\":1}");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void prefersRetryAfterMillisecondsAndReadsRetryAfterDates() {
    server.enqueue(error(429, null, "slow down").setHeader("retry-after-ms", "250").setHeader("Retry-After", "9"));
    server.enqueue(error(503, null, "busy").setHeader("Retry-After", "Sat, 01 Mar 2025 12:00:03 GMT"));
    server.enqueue(completion("{}", "stop"));

    client(config()).complete(PROMPT, SCHEMA);

    assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofSeconds(3));
  }

  @Test
  void givesUpOnServerErrorsAfterTheLastAttempt() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(500, null, "The server had an error while processing your request."));
    }

    assertThatThrownBy(() -> client(config()).complete(PROMPT, SCHEMA))
        .isInstanceOfSatisfying(UpstreamErrorException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
          assertThat(e.httpStatus()).isEqualTo(500);
        })
        .hasMessage("OpenAI answered 500: The server had an error while processing your request.");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void givesUpAtOnceWhenTheServerAsksForLongerThanTheWaitBudget() {
    server.enqueue(error(429, "rate_limit_exceeded", "Rate limit reached").setHeader("Retry-After", "60"));

    assertThatThrownBy(() -> client(config()).complete(PROMPT, SCHEMA))
        .isInstanceOfSatisfying(UpstreamErrorException.class, e -> assertThat(e.httpStatus()).isEqualTo(429));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void doesNotRetryWhenTheAccountIsOutOfCredit() {
    server.enqueue(error(429, "insufficient_quota", "You exceeded your current quota."));

    assertThatThrownBy(() -> client(config()).complete(PROMPT, SCHEMA))
        .isInstanceOf(UpstreamErrorException.class)
        .hasMessage("OpenAI answered 429 insufficient_quota: You exceeded your current quota.");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void doesNotRetryARejectedRequestAndNeverRepeatsTheKey() {
    server.enqueue(error(401, "invalid_api_key", "Incorrect API key provided: " + KEY + "."));

    assertThatThrownBy(() -> client(config()).complete(PROMPT, SCHEMA))
        .isInstanceOfSatisfying(UpstreamErrorException.class, e -> assertThat(e.httpStatus()).isEqualTo(401))
        .hasMessage("OpenAI answered 401 invalid_api_key: Incorrect API key provided: [redacted].");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(config().toString()).doesNotContain(KEY);
  }

  @Test
  void retriesABrokenConnection() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(completion("{}", "stop"));

    assertThat(client(config()).complete(PROMPT, SCHEMA).content()).isEqualTo("{}");
    assertThat(sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void reportsATimeoutWithoutRetrying() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    OpenAiConfig config = config().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5));

    assertThatThrownBy(() -> client(config).complete(PROMPT, SCHEMA))
        .isInstanceOf(UpstreamTimeoutException.class)
        .hasMessageStartingWith("OpenAI did not answer in time");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void reportsABodyThatIsNotACompletion() {
    server.enqueue(new MockResponse().setBody("<html>Bad gateway</html>"));
    server.enqueue(new MockResponse().setBody("{\"id\":\"chatcmpl-7\",\"choices\":[{\"index\":0,"));
    server.enqueue(new MockResponse().setBody("{\"id\":\"chatcmpl-7\",\"choices\":[]}"));
    OpenAiChatClient client = client(config());

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> client.complete(PROMPT, SCHEMA))
          .isInstanceOfSatisfying(UpstreamErrorException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void reportsARefusal() {
    server.enqueue(new MockResponse().setBody("""
        {"id": "chatcmpl-8", "model": "gpt-4o-2024-08-06",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": null,
                      "refusal": "I'm sorry, I can't help with that."}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 50, "completion_tokens": 9, "total_tokens": 59}}"""));

    assertThatThrownBy(() -> client(config()).complete(PROMPT, SCHEMA))
        .isInstanceOfSatisfying(UpstreamErrorException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED))
        .hasMessage("The model refused: I'm sorry, I can't help with that.");
  }

  @Test
  void reportsAFilteredAnswer() {
    server.enqueue(completion("{\"message\":\"", "content_filter"));

    assertThatThrownBy(() -> client(config()).complete(PROMPT, SCHEMA))
        .isInstanceOfSatisfying(UpstreamErrorException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.CONTENT_FILTERED));
  }

  @Test
  void passesATruncatedAnswerOnForValidation() {
    server.enqueue(completion("{\"message\":\"Hi Ad", "length"));

    CompletionResult result = client(config()).complete(PROMPT, SCHEMA);

    assertThat(result.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(result.truncated()).isTrue();
    assertThat(result.content()).isEqualTo("{\"message\":\"Hi Ad");
  }
}
