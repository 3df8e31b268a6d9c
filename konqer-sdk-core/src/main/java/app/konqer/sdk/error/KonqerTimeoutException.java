package app.konqer.sdk.error;

/**
 * The call ran out of time: connecting or reading took longer than its timeout, or the whole call passed its
 * deadline ({@code callTimeout}, or the per-call timeout of {@code RequestOptions}). The server may or may not have
 * processed the request.
 */
public class KonqerTimeoutException extends KonqerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out, with the method, path, attempts and request id
   * @param cause the underlying timeout, if any
   */
  public KonqerTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
