package app.konqer.sdk.auth;

import java.time.Duration;

/**
 * An access token with the moments, in epoch milliseconds of the provider's clock, when it should be refreshed and
 * when it expires. A token issued without {@code expires_in} never expires here; the API's 401 retires it instead.
 *
 * @param accessToken the bearer token
 * @param refreshAtMillis from this moment on, callers fetch a new token
 * @param expiresAtMillis from this moment on, the token must not be used
 */
record CachedToken(String accessToken, long refreshAtMillis, long expiresAtMillis) {
  private static final long MAX_LIFETIME_SECONDS = Duration.ofDays(36_500).toSeconds();

  /**
   * The cache entry for a token the endpoint just issued. It is refreshed {@code skewMillis} before it expires, or
   * half-way through its life if that is shorter than twice the skew.
   */
  static CachedToken issued(TokenSet tokens, long issuedAtMillis, long skewMillis) {
    Long expiresIn = tokens.expiresIn();
    if (expiresIn == null) {
      return new CachedToken(tokens.accessToken(), Long.MAX_VALUE, Long.MAX_VALUE);
    }
    long lifetime = Math.max(0, Math.min(expiresIn, MAX_LIFETIME_SECONDS)) * 1000;
    long expiresAt = issuedAtMillis + lifetime;
    return new CachedToken(tokens.accessToken(), expiresAt - Math.min(skewMillis, lifetime / 2), expiresAt);
  }

  boolean fresh(long nowMillis) {
    return nowMillis < refreshAtMillis;
  }

  boolean valid(long nowMillis) {
    return nowMillis < expiresAtMillis;
  }

  /**
   * The same token, to be refreshed again half-way to its expiry (at least one second from now, at most at expiry),
   * after a refresh failed.
   */
  CachedToken retryLater(long nowMillis) {
    long retryAt = nowMillis + Math.max((expiresAtMillis - nowMillis) / 2, 1000);
    return new CachedToken(accessToken, Math.min(retryAt, expiresAtMillis), expiresAtMillis);
  }

  @Override
  public String toString() {
    return "CachedToken[accessToken=***, refreshAtMillis=" + refreshAtMillis + ", expiresAtMillis="
        + expiresAtMillis + "]";
  }
}
