package app.konqer.server.generation;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.ServerAssembly;
import app.konqer.server.generation.engine.Generator;
import app.konqer.server.generation.engine.OpenAiEngine;
import app.konqer.server.generation.openai.OpenAiChatClient;
import app.konqer.server.generation.openai.OpenAiConfig;
import app.konqer.server.generation.openai.RetryPolicy;
import app.konqer.server.generation.rules.ContractCheck;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A MockWebServer standing in for OpenAI's Chat Completions, and the {@link OpenAiEngine} that calls it: three
 * attempts with at most one second of waits between them, recorded rather than waited, and a 500 ms read timeout
 * unless a test asks for another.
 */
final class FakeOpenAi implements AutoCloseable {
  static final String MODEL = "gpt-4o-2024-08-06";
  static final int TOKENS = 150;
  static final int MAX_ATTEMPTS = 3;

  private static final Moshi MOSHI = KonqerJson.create();
  private static final JsonAdapter<Map<String, Object>> OBJECT =
      MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final MockWebServer server = new MockWebServer();
  private final List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Duration readTimeout;

  FakeOpenAi() {
    this(Duration.ofMillis(500));
  }

  /**
   * A stand-in whose engine waits this long for an answer: short where a test makes it time out, longer where a test
   * only needs answers to arrive on a busy machine.
   */
  FakeOpenAi(Duration readTimeout) {
    this.readTimeout = readTimeout;
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The engine calling this server. */
  Generator engine() {
    OpenAiConfig config = OpenAiConfig.of("sk-test-key")
        .withBaseUrl(server.url("/v1/"))
        .withTimeouts(Duration.ofSeconds(1), readTimeout, readTimeout.multipliedBy(10))
        .withRetry(new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)));
    OpenAiChatClient client = new OpenAiChatClient(config, new OkHttpClient(), MOSHI, Clock.systemUTC(),
        waits::add, () -> 0.0);
    return new OpenAiEngine(client, new ContractCheck(ServerAssembly.validation().getValidator()), MOSHI);
  }

  /** Forgets queued answers, recorded requests and waits. */
  void reset() {
    server.setDispatcher(new QueueDispatcher());
    takeRequests();
    waits.clear();
  }

  /** The waits between attempts the engine asked for since the last reset; it never really waits. */
  List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** Answers the next request with a completion whose message content is this text. */
  void answer(String content) {
    server.enqueue(completion(content));
  }

  /**
   * From now on, holds every request until {@code release} opens, then answers it with a completion of this text;
   * {@code arrived} counts the requests down as they come in. {@link #reset()} ends it.
   */
  void holdEveryRequest(String content, CountDownLatch arrived, CountDownLatch release) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        arrived.countDown();
        if (!release.await(30, TimeUnit.SECONDS)) {
          return new MockResponse().setResponseCode(500);
        }
        return completion(content);
      }
    });
  }

  /** Answers the next request with a body cut off in the middle. */
  void answerTruncated() {
    String whole = completion("{}").getBody().readUtf8();
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(whole.substring(0, whole.length() / 2)));
  }

  /** Answers the next request with a 200 whose body is not JSON. */
  void answerNotJson() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("<html><body>502 Bad Gateway</body></html>"));
  }

  /** Answers the next request with a 429 asking to wait this many seconds. */
  void rateLimit(String retryAfter) {
    server.enqueue(new MockResponse().setResponseCode(429)
        .setHeader("Content-Type", "application/json")
        .setHeader("Retry-After", retryAfter)
        .setBody("{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\","
            + " \"code\": \"rate_limit_exceeded\"}}"));
  }

  private static MockResponse completion(String content) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody(OBJECT.toJson(Map.of(
            "id", "chatcmpl-test",
            "object", "chat.completion",
            "model", MODEL,
            "choices", List.of(Map.of(
                "index", 0,
                "message", Map.of("role", "assistant", "content", content),
                "finish_reason", "stop")),
            "usage", Map.of("prompt_tokens", 100, "completion_tokens", 50, "total_tokens", TOKENS))));
  }

  /** Answers the next request with an HTTP error. */
  void fail(int status) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}"));
  }

  /** Accepts the next request and never answers it. */
  void hang() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
  }

  /** The request bodies received since the last call, parsed. */
  List<Map<String, Object>> takeRequests() {
    List<Map<String, Object>> bodies = new ArrayList<>();
    try {
      for (RecordedRequest request = server.takeRequest(10, TimeUnit.MILLISECONDS); request != null;
          request = server.takeRequest(10, TimeUnit.MILLISECONDS)) {
        bodies.add(OBJECT.fromJson(request.getBody().readUtf8()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bodies;
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
