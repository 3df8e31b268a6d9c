package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;

/**
 * 403 Forbidden: the user may not do this. Not retried. A locked service is reported as {@link
 * ServiceLockedException}.
 */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 403 response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public PermissionDeniedException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }
}
