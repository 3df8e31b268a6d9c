package app.konqer.server.auth;

/** A bearer token was refused. The message is safe to show to the client and never contains the token. */
public final class InvalidTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the token was refused
   */
  public InvalidTokenException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message why the token was refused
   * @param cause the verification failure
   */
  public InvalidTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
