package app.konqer.server.enrichment;

import java.time.Duration;
import java.util.Objects;
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

  /** Describes the configuration without the API key. */
  @Override
  public String toString() {
    return "ApolloConfig[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", callTimeout="
        + callTimeout + "]";
  }
}
