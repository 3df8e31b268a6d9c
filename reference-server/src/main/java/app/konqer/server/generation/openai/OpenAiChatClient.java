package app.konqer.server.generation.openai;

import app.konqer.server.generation.openai.OpenAiWire.AssistantMessage;
import app.konqer.server.generation.openai.OpenAiWire.ChatCompletion;
import app.konqer.server.generation.openai.OpenAiWire.ChatCompletionRequest;
import app.konqer.server.generation.openai.OpenAiWire.Choice;
import app.konqer.server.generation.openai.OpenAiWire.ErrorBody;
import app.konqer.server.generation.openai.OpenAiWire.ErrorEnvelope;
import app.konqer.server.generation.openai.OpenAiWire.ResponseFormat;
import app.konqer.server.generation.openai.OpenAiWire.Usage;
import app.konqer.server.generation.openai.UpstreamErrorException.Reason;
import app.konqer.server.generation.schema.StrictJsonSchema;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat Completions with structured outputs: sends a prompt with a strict JSON schema and returns the model's JSON
 * text, retrying 429, 5xx and connection failures as its {@link RetryPolicy} allows.
 *
 * <p>Thread-safe; build one per server and share it. The given {@link OkHttpClient} is derived with this
 * configuration's timeouts, so it keeps sharing its connection pool and dispatcher.
 */
public final class OpenAiChatClient {
  private static final Logger log = LoggerFactory.getLogger(OpenAiChatClient.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final long MAX_RESPONSE_BYTES = 8L * 1024 * 1024;
  private static final int MAX_DETAIL_LENGTH = 500;

  private final OpenAiConfig config;
  private final OkHttpClient http;
  private final HttpUrl endpoint;
  private final JsonAdapter<ChatCompletionRequest> requestJson;
  private final JsonAdapter<ChatCompletion> responseJson;
  private final JsonAdapter<ErrorEnvelope> errorJson;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  /**
   * A client with every dependency given.
   *
   * @param config the key, model, endpoint, timeouts and retry policy
   * @param http the HTTP client to derive from
   * @param moshi a {@code KonqerJson} instance
   * @param clock the clock that reads {@code Retry-After} dates
   * @param sleeper waits between attempts
   * @param random numbers in [0, 1) for the backoff jitter
   */
  public OpenAiChatClient(
      OpenAiConfig config, OkHttpClient http, Moshi moshi, Clock clock, Sleeper sleeper, DoubleSupplier random) {
    this.config = config;
    this.http = http.newBuilder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.readTimeout())
        .callTimeout(config.callTimeout())
        .build();
    this.endpoint = config.baseUrl().newBuilder().addPathSegments("chat/completions").build();
    this.requestJson = moshi.adapter(ChatCompletionRequest.class);
    this.responseJson = moshi.adapter(ChatCompletion.class);
    this.errorJson = moshi.adapter(ErrorEnvelope.class);
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  /**
   * A client on the system clock that sleeps the calling thread between attempts.
   *
   * @param config the key, model, endpoint, timeouts and retry policy
   * @param http the HTTP client to derive from
   * @param moshi a {@code KonqerJson} instance
   */
  public OpenAiChatClient(OpenAiConfig config, OkHttpClient http, Moshi moshi) {
    this(config, http, moshi, Clock.systemUTC(), Sleeper.system(), () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * The configured model, as requested (the result names the exact snapshot that answered).
   *
   * @return the model name
   */
  public String model() {
    return config.model();
  }

  /**
   * Asks the model for JSON matching a schema.
   *
   * @param prompt the system and user messages, and any repair turn
   * @param schema the strict schema of the output
   * @return the model's answer, whose content is still to be parsed and validated
   * @throws UpstreamErrorException when OpenAI answers with an error after the allowed retries, refuses, filters
   *     the answer, or sends a body that is not a chat completion
   * @throws UpstreamTimeoutException when an attempt times out
   */
  public CompletionResult complete(ChatPrompt prompt, StrictJsonSchema schema) {
    ChatCompletionRequest body = new ChatCompletionRequest(config.model(), prompt.messages(),
        ResponseFormat.strict(schema.name(), schema.schema()), config.temperature(), config.maxCompletionTokens(),
        config.seed());
    Request request = new Request.Builder()
        .url(endpoint)
        .header("Authorization", "Bearer " + config.apiKey())
        .header("Accept", "application/json")
        .post(RequestBody.create(requestJson.toJson(body), JSON))
        .build();
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      Outcome outcome = attempt(request);
      if (outcome.result() != null) {
        return outcome.result();
      }
      Optional<Duration> delay =
          config.retry().nextDelay(attempt, waited, outcome.serverDelay(), random.getAsDouble());
      if (delay.isEmpty()) {
        throw outcome.error();
      }
      log.warn("OpenAI attempt {} of {} failed ({}); retrying in {} ms", attempt, config.retry().maxAttempts(),
          outcome.error().getMessage(), delay.get().toMillis());
      sleep(delay.get(), outcome.error());
      waited = waited.plus(delay.get());
    }
  }

  /** The outcome of one attempt: a result, or a retryable error and the wait the server asked for. */
  private record Outcome(CompletionResult result, UpstreamErrorException error, Optional<Duration> serverDelay) {
    static Outcome success(CompletionResult result) {
      return new Outcome(result, null, Optional.empty());
    }

    static Outcome retryable(UpstreamErrorException error, Optional<Duration> serverDelay) {
      return new Outcome(null, error, serverDelay);
    }
  }

  /** One attempt; errors that are not worth retrying are thrown at once. */
  private Outcome attempt(Request request) {
    String body;
    int status;
    Optional<Duration> serverDelay;
    try (Response response = http.newCall(request).execute()) {
      status = response.code();
      serverDelay = RetryPolicy.serverDelay(response.headers(), clock.instant());
      body = readBody(response.body());
    } catch (InterruptedIOException e) {
      throw new UpstreamTimeoutException("OpenAI did not answer in time: " + e.getMessage(), e);
    } catch (IOException e) {
      return Outcome.retryable(new UpstreamErrorException(Reason.CONNECTION_FAILED, 0,
          "Cannot reach OpenAI: " + e, e), Optional.empty());
    }
    if (status >= 200 && status < 300) {
      return Outcome.success(result(body));
    }
    ErrorBody error = errorBody(body);
    UpstreamErrorException failure = new UpstreamErrorException(Reason.HTTP_STATUS, status,
        "OpenAI answered " + status + describe(error), null);
    boolean outOfCredit = error != null && "insufficient_quota".equals(error.code());
    if (!RetryPolicy.isRetryable(status) || outOfCredit) {
      throw failure;
    }
    return Outcome.retryable(failure, serverDelay);
  }

  private CompletionResult result(String body) {
    ChatCompletion completion;
    try {
      completion = responseJson.fromJson(body);
    } catch (IOException | JsonDataException e) {
      throw new UpstreamErrorException(Reason.MALFORMED_RESPONSE, 0,
          "OpenAI sent a body that is not a chat completion: " + e.getMessage(), e);
    }
    if (completion == null || completion.choices() == null || completion.choices().isEmpty()
        || completion.choices().get(0).message() == null) {
      throw new UpstreamErrorException(Reason.MALFORMED_RESPONSE, "OpenAI sent a completion without a message");
    }
    Choice choice = completion.choices().get(0);
    AssistantMessage message = choice.message();
    if (message.refusal() != null) {
      throw new UpstreamErrorException(Reason.REFUSED, "The model refused: " + clip(message.refusal()));
    }
    if (choice.finishReason() == FinishReason.CONTENT_FILTER) {
      throw new UpstreamErrorException(Reason.CONTENT_FILTERED, "A content filter stopped the answer");
    }
    if (message.content() == null) {
      throw new UpstreamErrorException(Reason.MALFORMED_RESPONSE, "OpenAI sent a message without content");
    }
    Usage usage = completion.usage() != null ? completion.usage() : new Usage(0, 0, 0);
    return new CompletionResult(completion.id(),
        completion.model() != null ? completion.model() : config.model(), message.content(), choice.finishReason(),
        usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
  }

  private static String readBody(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    if (source.request(MAX_RESPONSE_BYTES + 1)) {
      throw new IOException("response body larger than " + MAX_RESPONSE_BYTES + " bytes");
    }
    return source.getBuffer().readUtf8();
  }

  private ErrorBody errorBody(String body) {
    try {
      ErrorEnvelope envelope = errorJson.fromJson(body);
      return envelope != null ? envelope.error() : null;
    } catch (IOException | JsonDataException | IllegalArgumentException e) {
      return null;
    }
  }

  private String describe(ErrorBody error) {
    if (error == null) {
      return "";
    }
    StringBuilder detail = new StringBuilder();
    if (error.code() != null) {
      detail.append(" ").append(error.code());
    }
    if (error.message() != null) {
      detail.append(": ").append(clip(error.message()));
    }
    return detail.toString();
  }

  /** Shortens upstream text and takes the API key out of it, should the upstream echo it. */
  private String clip(String text) {
    String safe = text.replace(config.apiKey(), "[redacted]");
    return safe.length() <= MAX_DETAIL_LENGTH ? safe : safe.substring(0, MAX_DETAIL_LENGTH) + "...";
  }

  private void sleep(Duration delay, UpstreamErrorException pending) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      UpstreamErrorException interrupted = new UpstreamErrorException(Reason.INTERRUPTED, pending.httpStatus(),
          "Interrupted while waiting to retry OpenAI", e);
      interrupted.addSuppressed(pending);
      throw interrupted;
    }
  }
}
