package app.konqer.server.generation.openai;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * How to reach OpenAI's Chat Completions API.
 *
 * @param apiKey the API key, sent as a bearer token and never logged
 * @param model the model, such as {@code gpt-4o}
 * @param baseUrl the API root, {@code https://api.openai.com/v1} or a compatible gateway
 * @param connectTimeout the limit to open a connection
 * @param readTimeout the limit between two reads of the response
 * @param callTimeout the limit for one whole attempt
 * @param retry when to try again
 * @param temperature the sampling temperature, or null to use the model's default
 * @param maxCompletionTokens the most tokens one answer may use, or null for no limit
 * @param seed a seed for best-effort reproducible sampling, or null
 */
public record OpenAiConfig(
    String apiKey,
    String model,
    HttpUrl baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    RetryPolicy retry,
    Double temperature,
    Integer maxCompletionTokens,
    Long seed) {

  /** The model used when none is configured. */
  public static final String DEFAULT_MODEL = "gpt-4o";
  /** The API root used when none is configured. */
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
  /** The completion token limit used when none is configured. */
  public static final int DEFAULT_MAX_COMPLETION_TOKENS = 4096;

  /** Requires the key, model, URL, timeouts and retry policy. */
  public OpenAiConfig {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("An OpenAI API key is required");
    }
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(retry, "retry");
  }

  /**
   * The defaults for a key: {@code gpt-4o} at {@code https://api.openai.com/v1}, 10 s to connect, 60 s between
   * reads, 90 s per attempt, {@link RetryPolicy#defaults()}, at most 4096 completion tokens.
   *
   * @param apiKey the API key
   * @return the configuration
   */
  public static OpenAiConfig of(String apiKey) {
    return new OpenAiConfig(apiKey, DEFAULT_MODEL, HttpUrl.get(DEFAULT_BASE_URL), Duration.ofSeconds(10),
        Duration.ofSeconds(60), Duration.ofSeconds(90), RetryPolicy.defaults(), null,
        DEFAULT_MAX_COMPLETION_TOKENS, null);
  }

  /**
   * The configuration from environment variables, or empty when {@code OPENAI_API_KEY} is unset or blank (the
   * server then generates offline). Read: {@code KONQER_OPENAI_MODEL}, {@code KONQER_OPENAI_BASE_URL},
   * {@code KONQER_OPENAI_CONNECT_TIMEOUT_MS}, {@code KONQER_OPENAI_READ_TIMEOUT_MS},
   * {@code KONQER_OPENAI_CALL_TIMEOUT_MS}, {@code KONQER_OPENAI_MAX_ATTEMPTS},
   * {@code KONQER_OPENAI_MAX_RETRY_WAIT_MS}, {@code KONQER_OPENAI_TEMPERATURE},
   * {@code KONQER_OPENAI_MAX_COMPLETION_TOKENS} and {@code KONQER_OPENAI_SEED}.
   *
   * @param env the environment, such as {@link System#getenv()}
   * @return the configuration, or empty without a key
   * @throws IllegalArgumentException when a variable is set to a value that cannot be read, naming it
   */
  public static Optional<OpenAiConfig> fromEnvironment(Map<String, String> env) {
    String key = env.get("OPENAI_API_KEY");
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    OpenAiConfig d = of(key.trim());
    RetryPolicy r = d.retry();
    RetryPolicy retry = new RetryPolicy(
        read(env, "KONQER_OPENAI_MAX_ATTEMPTS", Integer::valueOf, r.maxAttempts()),
        r.initialBackoff(), r.maxBackoff(),
        read(env, "KONQER_OPENAI_MAX_RETRY_WAIT_MS", OpenAiConfig::millis, r.maxTotalWait()));
    return Optional.of(new OpenAiConfig(
        d.apiKey(),
        read(env, "KONQER_OPENAI_MODEL", String::trim, d.model()),
        read(env, "KONQER_OPENAI_BASE_URL", HttpUrl::get, d.baseUrl()),
        read(env, "KONQER_OPENAI_CONNECT_TIMEOUT_MS", OpenAiConfig::millis, d.connectTimeout()),
        read(env, "KONQER_OPENAI_READ_TIMEOUT_MS", OpenAiConfig::millis, d.readTimeout()),
        read(env, "KONQER_OPENAI_CALL_TIMEOUT_MS", OpenAiConfig::millis, d.callTimeout()),
        retry,
        read(env, "KONQER_OPENAI_TEMPERATURE", Double::valueOf, d.temperature()),
        read(env, "KONQER_OPENAI_MAX_COMPLETION_TOKENS", Integer::valueOf, d.maxCompletionTokens()),
        read(env, "KONQER_OPENAI_SEED", Long::valueOf, d.seed())));
  }

  /**
   * This configuration with another API root, such as a test server or a compatible gateway.
   *
   * @param url the API root, under which {@code chat/completions} is called
   * @return a copy
   */
  public OpenAiConfig withBaseUrl(HttpUrl url) {
    return new OpenAiConfig(apiKey, model, url, connectTimeout, readTimeout, callTimeout, retry, temperature,
        maxCompletionTokens, seed);
  }

  /**
   * This configuration with other timeouts.
   *
   * @param connect the limit to open a connection
   * @param read the limit between two reads
   * @param call the limit for one whole attempt
   * @return a copy
   */
  public OpenAiConfig withTimeouts(Duration connect, Duration read, Duration call) {
    return new OpenAiConfig(apiKey, model, baseUrl, connect, read, call, retry, temperature, maxCompletionTokens,
        seed);
  }

  /**
   * This configuration with another retry policy.
   *
   * @param policy when to try again
   * @return a copy
   */
  public OpenAiConfig withRetry(RetryPolicy policy) {
    return new OpenAiConfig(apiKey, model, baseUrl, connectTimeout, readTimeout, callTimeout, policy, temperature,
        maxCompletionTokens, seed);
  }

  /** Describes the configuration without the API key. */
  @Override
  public String toString() {
    return "OpenAiConfig[model=" + model + ", baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + ", retry=" + retry
        + ", temperature=" + temperature + ", maxCompletionTokens=" + maxCompletionTokens + ", seed=" + seed
        + "]";
  }

  private static Duration millis(String value) {
    return Duration.ofMillis(Long.parseLong(value.trim()));
  }

  private static <T> T read(Map<String, String> env, String name, Function<String, T> parse, T fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return parse.apply(value.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + " is not valid: '" + value + "'", e);
    }
  }
}
