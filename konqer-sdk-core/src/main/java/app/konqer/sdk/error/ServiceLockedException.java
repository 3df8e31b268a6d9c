package app.konqer.sdk.error;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A 403 with code {@value #CODE}: the user's plan includes the service, but it is not unlocked yet (a founding
 * member's services unlock over four weeks).
 */
public class ServiceLockedException extends PermissionDeniedException {
  private static final long serialVersionUID = 1L;

  /** The problem code that identifies a locked service. */
  public static final String CODE = "service_locked";

  /**
   * Creates the exception for a 403 {@value #CODE} response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public ServiceLockedException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }

  /**
   * When the service unlocks.
   *
   * @return the scheduled unlock time, or empty when no unlock is scheduled
   */
  public Optional<Instant> unlocksAt() {
    return Optional.ofNullable(problem().unlocksAt());
  }
}
