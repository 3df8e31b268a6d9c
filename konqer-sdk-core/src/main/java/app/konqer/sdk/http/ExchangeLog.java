package app.konqer.sdk.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of HTTP attempts, on the slf4j logger {@value #LOGGER}: at DEBUG one line per attempt with method, path,
 * status, attempt, milliseconds and request id; at TRACE also the request and response headers, with secrets
 * redacted. Bodies are never logged. With DEBUG off an attempt costs one level check.
 *
 * <p>The retry loop writes these lines itself, after each attempt, with the call's request id in the MDC; no
 * interceptor wraps each attempt to do it.
 */
final class ExchangeLog {
  static final String LOGGER = "app.konqer.sdk.http";
  private static final Logger log = LoggerFactory.getLogger(LOGGER);

  private ExchangeLog() {}

  /**
   * Whether attempts are logged; when so, the caller times each attempt.
   *
   * @return whether DEBUG is on for {@value #LOGGER}
   */
  static boolean enabled() {
    return log.isDebugEnabled();
  }

  /** At TRACE, the headers of a request about to be sent. */
  static void sending(Request request, String path) {
    if (log.isTraceEnabled()) {
      log.trace("{} {} request headers {}", request.method(), path, Redaction.format(request.headers()));
    }
  }

  /** The line of an attempt that got a response. */
  static void received(Request request, String path, Response response, int attempt, long startNanos,
      String requestId) {
    log.debug("{} {} -> {} attempt={} ms={} request_id={}", request.method(), path, response.code(), attempt,
        millisSince(startNanos), requestId);
    if (log.isTraceEnabled()) {
      log.trace("{} {} response headers {}", request.method(), path, Redaction.format(response.headers()));
    }
  }

  /** The line of an attempt that failed without a response. */
  static void failed(Request request, String path, IOException failure, int attempt, long startNanos,
      String requestId) {
    log.debug("{} {} -> {} attempt={} ms={} request_id={}", request.method(), path,
        failure.getClass().getSimpleName(), attempt, millisSince(startNanos), requestId);
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
