package app.konqer.server.generation.openai;

import java.time.Duration;
import java.util.Objects;
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
}
