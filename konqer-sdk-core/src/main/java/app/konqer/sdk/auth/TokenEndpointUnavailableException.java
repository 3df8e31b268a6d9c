package app.konqer.sdk.auth;

/**
 * The token endpoint could not be reached (connection failure, timeout) or answered that it is temporarily unable to
 * serve (408, 429 or a 5xx status). Retrying later may succeed.
 */
public final class TokenEndpointUnavailableException extends TokenEndpointException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, without tokens or secrets
   * @param status the HTTP status of the answer, or {@code 0} if none arrived
   * @param error the OAuth2 {@code error} code of the answer, or {@code null}
   * @param errorDescription the OAuth2 {@code error_description} of the answer, or {@code null}
   * @param cause the underlying I/O failure, or {@code null}
   */
  public TokenEndpointUnavailableException(
      String message, int status, String error, String errorDescription, Throwable cause) {
    super(message, status, error, errorDescription, true, cause);
  }
}
