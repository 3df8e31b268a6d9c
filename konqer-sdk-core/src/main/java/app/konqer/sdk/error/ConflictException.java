package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;

/**
 * 409 Conflict: the request conflicts with the current state, such as an idempotency key whose first request is still
 * running ({@link #IDEMPOTENCY_IN_PROGRESS}, which the client retries).
 */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 409 response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public ConflictException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }
}
