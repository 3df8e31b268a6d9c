package app.konqer.sdk.auth;

/**
 * Supplies the bearer token the client sends in {@code Authorization}.
 *
 * <p>Implementations must be thread-safe: the client calls {@link #token()} from many threads at once. A provider that
 * fetches tokens should cache them and let concurrent callers share one fetch.
 */
public interface TokenProvider {

  /**
   * Returns a token that is valid now, fetching or refreshing one if needed.
   *
   * @return the access token, without the {@code Bearer } prefix
   * @throws app.konqer.sdk.error.KonqerException when no token can be obtained
   */
  String token();

  /**
   * Tells the provider that the server refused {@code token} with a 401. A caching provider drops it, if it is still
   * the current one, so that the next {@link #token()} fetches a fresh token. The default does nothing.
   *
   * @param token the refused token
   */
  default void invalidate(String token) {}
}
