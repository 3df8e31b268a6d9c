package app.konqer.sdk.error;

/**
 * The root of every exception the Konqer SDK throws. All are unchecked.
 *
 * <p>Catch {@code ApiException} for errors the server answered with, and this type for everything, including
 * connection failures, timeouts and responses that could not be decoded.
 */
public class KonqerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public KonqerException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public KonqerException(String message, Throwable cause) {
    super(message, cause);
  }
}
