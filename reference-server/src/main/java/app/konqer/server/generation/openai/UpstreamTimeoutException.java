package app.konqer.server.generation.openai;

/** OpenAI did not answer within the connect, read or call timeout. Timeouts are not retried. */
public final class UpstreamTimeoutException extends UpstreamException {
  UpstreamTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
