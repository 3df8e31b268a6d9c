package app.konqer.sdk.http;

import java.io.IOException;

/**
 * An attempt failed on a pooled connection that had already carried an exchange, most likely one that the server
 * closed while it was idle. The retry loop retries it at once: the next attempt gets a fresh connection.
 */
final class ReusedConnectionException extends IOException {
  private static final long serialVersionUID = 1L;

  ReusedConnectionException(IOException cause) {
    super(cause.getMessage(), cause);
  }
}
