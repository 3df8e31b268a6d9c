package app.konqer.sdk.auth;

import java.util.Objects;

/**
 * A {@link TokenProvider} that always returns the same bearer token, such as a long-lived API token or a token the
 * host application manages itself.
 *
 * <p>It never fetches or refreshes anything, so {@link #invalidate(String)} has nothing to drop: when the server
 * refuses the token, calls fail with a 401 until the application supplies a new provider.
 */
public final class StaticTokenProvider implements TokenProvider {
  private final String token;

  /**
   * Creates a provider for one token.
   *
   * @param token the access token, without the {@code Bearer } prefix
   * @throws IllegalArgumentException if the token is blank or contains whitespace or control characters (as it
   *     would with a {@code Bearer } prefix)
   */
  public StaticTokenProvider(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("token is empty");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        throw new IllegalArgumentException(
            "token contains whitespace or a control character; pass the token without the 'Bearer ' prefix");
      }
    }
    this.token = token;
  }

  /**
   * Returns the token given to the constructor.
   *
   * @return the access token
   */
  @Override
  public String token() {
    return token;
  }

  /** Describes the provider without revealing the token. */
  @Override
  public String toString() {
    return "StaticTokenProvider[token=***]";
  }
}
