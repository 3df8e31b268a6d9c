package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;

/** 404 Not Found: the resource does not exist, or belongs to another user. Not retried. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 404 response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public NotFoundException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }
}
