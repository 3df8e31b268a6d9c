package app.konqer.server.testkit;

import app.konqer.server.http.ApiError;
import app.konqer.server.http.HttpErrors;
import java.time.Duration;

/**
 * A failure the test server answers instead of serving a request: the problem the server's own pipeline writes for
 * that status ({@code 429 too_many_requests}, {@code 503 service_unavailable}, ...), with {@code Retry-After}.
 *
 * @param status the HTTP status, 400 to 599
 * @param retryAfter the {@code Retry-After} to send, in whole seconds, or {@code null} for none
 */
record InjectedFault(int status, Duration retryAfter) {
  private static final String DETAIL = "Injected by the Konqer test kit (failNext)";

  /** Checks the status and the wait. */
  InjectedFault {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A fault answers an error status (400-599), not " + status);
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("Retry-After cannot be negative: " + retryAfter);
    }
  }

  /** @return the error the request is answered with */
  ApiError error() {
    ApiError error = HttpErrors.forStatus(status, DETAIL);
    if (error.status() != status) {
      error = switch (status) {
        case 502 -> new ApiError(502, "bad_gateway", "Bad gateway", DETAIL);
        case 504 -> new ApiError(504, "gateway_timeout", "Gateway timeout", DETAIL);
        default -> new ApiError(status, "http_" + status, "HTTP " + status, DETAIL);
      };
    }
    return retryAfter == null ? error : error.withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
  }
}
