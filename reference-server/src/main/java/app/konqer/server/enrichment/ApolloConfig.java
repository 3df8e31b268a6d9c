package app.konqer.server.enrichment;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * How to reach Apollo's People Enrichment API.
 *
 * @param apiKey the API key, sent in the {@code X-Api-Key} header and never logged
 * @param baseUrl the API root, under which {@code v1/people/match} is called
 * @param connectTimeout the limit to open a connection
 * @param callTimeout the limit for the whole lookup, which delays the generation it enriches
 */
public record ApolloConfig(String apiKey, HttpUrl baseUrl, Duration connectTimeout, Duration callTimeout) {
  /** The API root used when none is configured. */
  public static final String DEFAULT_BASE_URL = "https://api.apollo.io/api";

  /** Requires every member. */
  public ApolloConfig {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("An Apollo API key is required");
    }
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
  }

  /**
   * The defaults for a key: {@code https://api.apollo.io/api}, 2 s to connect, 5 s for the whole lookup.
   *
   * @param apiKey the API key
   * @return the configuration
   */
  public static ApolloConfig of(String apiKey) {
    return new ApolloConfig(apiKey, HttpUrl.get(DEFAULT_BASE_URL), Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  /**
   * The configuration from {@code KONQER_APOLLO_API_KEY}, {@code KONQER_APOLLO_BASE_URL},
   * {@code KONQER_APOLLO_CONNECT_TIMEOUT_MS} and {@code KONQER_APOLLO_CALL_TIMEOUT_MS}.
   *
   * @param env the environment, such as {@link System#getenv()}
   * @return the configuration, or empty when the key is unset or blank
   * @throws IllegalArgumentException when a variable is set to a value that cannot be read, naming it
   */
  public static Optional<ApolloConfig> fromEnvironment(Map<String, String> env) {
    String key = env.get("KONQER_APOLLO_API_KEY");
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    ApolloConfig d = of(key.trim());
    return Optional.of(new ApolloConfig(d.apiKey(),
        read(env, "KONQER_APOLLO_BASE_URL", HttpUrl::get, d.baseUrl()),
        read(env, "KONQER_APOLLO_CONNECT_TIMEOUT_MS", ApolloConfig::millis, d.connectTimeout()),
        read(env, "KONQER_APOLLO_CALL_TIMEOUT_MS", ApolloConfig::millis, d.callTimeout())));
  }

  /** Describes the configuration without the API key. */
  @Override
  public String toString() {
    return "ApolloConfig[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", callTimeout="
        + callTimeout + "]";
  }

  private static Duration millis(String value) {
    return Duration.ofMillis(Long.parseLong(value));
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
