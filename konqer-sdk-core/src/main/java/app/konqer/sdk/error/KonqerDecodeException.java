package app.konqer.sdk.error;

/**
 * A successful response's body could not be decoded into the expected type: it was not JSON, it was truncated, or
 * a member had the wrong type. Never retried, since the same request would return the same body.
 */
public class KonqerDecodeException extends KonqerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be decoded, with the method, path and request id
   * @param cause the parser's failure
   */
  public KonqerDecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
