package app.konqer.sdk.error;

/**
 * The request could not be sent, or its response could not be read: the connection was refused or reset, the host
 * is unknown, or TLS failed. Thrown once the client's retries are spent; the server may or may not have processed
 * the request.
 */
public class KonqerConnectionException extends KonqerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, with the method, path, attempts and request id
   * @param cause the I/O failure
   */
  public KonqerConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
