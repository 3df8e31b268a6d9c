package app.konqer.sdk.auth;

import app.konqer.sdk.error.KonqerException;

/**
 * The identity provider's token endpoint did not issue a token.
 *
 * <p>Two subtypes say why: {@link TokenRefusedException} when the endpoint answered and refused the grant (retrying
 * will not help), and {@link TokenEndpointUnavailableException} when it could not be reached or was temporarily
 * unable to answer (retrying later may help). This type itself is thrown when the endpoint answered in a way the SDK
 * cannot use, such as a success response without an {@code access_token}; that is not retryable either.
 */
public class TokenEndpointException extends KonqerException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final String errorDescription;
  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, without tokens or secrets
   * @param status the HTTP status of the endpoint's answer, or {@code 0} if there was none
   * @param error the OAuth2 {@code error} code of the answer, or {@code null}
   * @param errorDescription the OAuth2 {@code error_description} of the answer, or {@code null}
   * @param retryable whether the same request may succeed if tried again later
   * @param cause the underlying failure, or {@code null}
   */
  public TokenEndpointException(
      String message, int status, String error, String errorDescription, boolean retryable, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.error = error;
    this.errorDescription = errorDescription;
    this.retryable = retryable;
  }

  /**
   * The HTTP status the endpoint answered with.
   *
   * @return the status, or {@code 0} if no answer arrived
   */
  public int status() {
    return status;
  }

  /**
   * The OAuth2 error code from the endpoint's answer (RFC 6749 section 5.2), such as {@code invalid_grant} or
   * {@code invalid_client}.
   *
   * @return the error code, or {@code null} if the answer had none
   */
  public String error() {
    return error;
  }

  /**
   * The human-readable explanation from the endpoint's answer.
   *
   * @return the {@code error_description}, or {@code null} if the answer had none
   */
  public String errorDescription() {
    return errorDescription;
  }

  /**
   * Whether the same token request may succeed if tried again later, as after a connection failure or a 503.
   *
   * @return {@code true} if retrying may help
   */
  public boolean isRetryable() {
    return retryable;
  }
}
