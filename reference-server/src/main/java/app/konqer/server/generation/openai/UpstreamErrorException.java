package app.konqer.server.generation.openai;

/** OpenAI answered with an error, after any retries, or with something that is not a usable completion. */
public final class UpstreamErrorException extends UpstreamException {
  /** What went wrong. */
  public enum Reason {
    /** An HTTP error status that was not retried, or still failed after the last attempt. */
    HTTP_STATUS,
    /** No connection, or the connection broke, on every attempt. */
    CONNECTION_FAILED,
    /** The response body is not the JSON of a chat completion. */
    MALFORMED_RESPONSE,
    /** The model refused to answer ({@code message.refusal}). */
    REFUSED,
    /** A content filter stopped the answer ({@code finish_reason: content_filter}). */
    CONTENT_FILTERED,
    /** The calling thread was interrupted while waiting to retry. */
    INTERRUPTED
  }

  private final Reason reason;
  private final int httpStatus;

  UpstreamErrorException(Reason reason, int httpStatus, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.httpStatus = httpStatus;
  }

  UpstreamErrorException(Reason reason, String message) {
    this(reason, 0, message, null);
  }

  /**
   * What went wrong.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The HTTP status of OpenAI's last response.
   *
   * @return the status, or 0 when there was no error response (connection failures, refusals, malformed bodies)
   */
  public int httpStatus() {
    return httpStatus;
  }
}
