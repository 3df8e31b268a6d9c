package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;

/**
 * 422 Unprocessable Entity: the server refused the request body. {@link #fieldErrors()} lists every invalid field by
 * its wire name. Not retried.
 */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 422 response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public UnprocessableEntityException(
      int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }
}
