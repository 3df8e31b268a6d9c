package app.konqer.sdk.auth;

/**
 * The token endpoint answered and refused the grant, for instance with {@code invalid_client} (wrong client id or
 * secret) or {@code invalid_grant} (the refresh token expired, was revoked or was already used).
 *
 * <p>Retrying the same request will not help: the credentials or the refresh token must change first. A refused
 * refresh token means the user has to sign in again.
 */
public final class TokenRefusedException extends TokenEndpointException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, without tokens or secrets
   * @param status the HTTP status of the refusal, normally 400 or 401
   * @param error the OAuth2 {@code error} code, or {@code null} if the answer had none
   * @param errorDescription the OAuth2 {@code error_description}, or {@code null}
   */
  public TokenRefusedException(String message, int status, String error, String errorDescription) {
    super(message, status, error, errorDescription, false, null);
  }
}
