package app.konqer.sdk.auth;

/**
 * Tokens issued by the identity provider, as returned by Konqer's {@code /auth/*} endpoints and by an OAuth2 token
 * endpoint.
 *
 * @param accessToken the bearer token to send to the API
 * @param tokenType the token type, normally {@code Bearer}
 * @param expiresIn seconds until the access token expires
 * @param refreshToken a token to obtain new tokens with, if the grant issued one
 * @param refreshExpiresIn seconds until the refresh token expires, if known
 * @param idToken the OpenID Connect ID token, if one was issued
 * @param scope the granted scope, if reported
 */
public record TokenSet(
    String accessToken,
    String tokenType,
    Long expiresIn,
    String refreshToken,
    Long refreshExpiresIn,
    String idToken,
    String scope) {

  /** Hides the tokens, so that a logged record never leaks a secret. */
  @Override
  public String toString() {
    return "TokenSet[tokenType=" + tokenType + ", expiresIn=" + expiresIn
        + ", refreshToken=" + (refreshToken == null ? "none" : "present") + ", scope=" + scope + "]";
  }
}
