package app.konqer.server.auth;

/** Verifies a bearer token and tells whom it speaks for. */
public interface TokenVerifier {

  /**
   * Verifies a bearer token.
   *
   * @param token the compact JWT, without the {@code Bearer } prefix
   * @return the caller
   * @throws InvalidTokenException when the token is malformed, forged, expired or meant for someone else
   */
  Principal verify(String token);
}
