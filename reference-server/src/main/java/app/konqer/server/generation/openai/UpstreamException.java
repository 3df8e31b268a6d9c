package app.konqer.server.generation.openai;

/**
 * OpenAI could not produce a completion. The server answers {@link UpstreamErrorException} with
 * {@code upstream_error} (502) and {@link UpstreamTimeoutException} with {@code upstream_timeout} (504). Messages
 * never contain the API key.
 */
public abstract sealed class UpstreamException extends RuntimeException
    permits UpstreamErrorException, UpstreamTimeoutException {

  UpstreamException(String message, Throwable cause) {
    super(message, cause);
  }
}
