package app.konqer.server.email;

/** An e-mail was not accepted for delivery. Its message is stored with the e-mail, so it must hold no secret. */
public class EmailDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public EmailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
