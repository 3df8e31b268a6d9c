package app.konqer.sdk;

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
 *       grant.
 * </ol>
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
    return token == null ? Optional.empty() : Optional.of(KonqerClient.Builder.staticToken(token));
  }

  private static Optional<TokenProvider> clientCredentials(Map<String, String> env) {
    if (value(env, TOKEN_URL) == null) {
      return Optional.empty();
    }
    throw new KonqerException(TOKEN_URL + " is set, but this SDK build cannot yet create an OAuth2 token provider "
        + "from the environment. Set " + API_TOKEN + ", or pass a TokenProvider to KonqerClient.builder()");
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
