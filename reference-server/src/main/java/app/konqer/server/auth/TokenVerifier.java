package app.konqer.server.auth;

/** Verifies a bearer token and tells whom it speaks for. */
public interface TokenVerifier {

  /**
   * Verifies a bearer token.
   *
   * @param token the compact JWT, without the {@code Bearer } prefix
   * @return the caller
   * @throws InvalidTokenException when the token is malformed, forged, expired or meant for someone else (a 401)
   * @throws app.konqer.server.http.ApiError a 503 {@code identity_provider_unavailable} when the keys needed to
   *     check the token cannot be obtained: the token may be good, so the client should retry rather than log in
   */
  Principal verify(String token);
}
