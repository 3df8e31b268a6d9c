package app.konqer.sdk;

import app.konqer.sdk.auth.OAuth2TokenProvider;
import app.konqer.sdk.auth.StaticTokenProvider;
import app.konqer.sdk.auth.TokenProvider;
import app.konqer.sdk.error.KonqerException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Credentials from environment variables, for {@link KonqerClient#fromEnv()}. Each source looks at the variables
 * and offers a token provider or passes; the first offer wins.
 *
 * <ol>
 *   <li>{@value #API_TOKEN}: a static bearer token.
 *   <li>{@value #TOKEN_URL} with {@value #CLIENT_ID} and {@value #CLIENT_SECRET}: the OAuth2 client-credentials
 *       grant against that token endpoint, with cached tokens refreshed ahead of expiry.
 * </ol>
 *
 * <p>A new source is one more entry in {@code SOURCES}.
 */
final class EnvironmentCredentials {
  static final String API_TOKEN = "KONQER_API_TOKEN";
  static final String TOKEN_URL = "KONQER_TOKEN_URL";
  static final String CLIENT_ID = "KONQER_CLIENT_ID";
  static final String CLIENT_SECRET = "KONQER_CLIENT_SECRET";

  private static final List<Function<Map<String, String>, Optional<TokenProvider>>> SOURCES =
      List.of(EnvironmentCredentials::staticToken, EnvironmentCredentials::clientCredentials);

  private EnvironmentCredentials() {}

  static Optional<TokenProvider> resolve(Map<String, String> env) {
    for (Function<Map<String, String>, Optional<TokenProvider>> source : SOURCES) {
      Optional<TokenProvider> provider = source.apply(env);
      if (provider.isPresent()) {
        return provider;
      }
    }
    return Optional.empty();
  }

  private static Optional<TokenProvider> staticToken(Map<String, String> env) {
    String token = value(env, API_TOKEN);
    return token == null ? Optional.empty() : Optional.of(new StaticTokenProvider(token));
  }

  private static Optional<TokenProvider> clientCredentials(Map<String, String> env) {
    String tokenUrl = value(env, TOKEN_URL);
    if (tokenUrl == null) {
      return Optional.empty();
    }
    return Optional.of(OAuth2TokenProvider
        .clientCredentials(required(env, CLIENT_ID), required(env, CLIENT_SECRET))
        .tokenEndpoint(tokenUrl)
        .build());
  }

  private static String required(Map<String, String> env, String name) {
    String value = value(env, name);
    if (value == null) {
      throw new KonqerException(TOKEN_URL + " is set, so " + name + " is needed too, for the OAuth2 "
          + "client-credentials grant");
    }
    return value;
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
