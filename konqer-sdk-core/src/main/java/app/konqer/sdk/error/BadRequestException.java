package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;

/** 400 Bad Request: the request is malformed, such as a bad cursor or an unreadable body. Not retried. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 400 response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public BadRequestException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }
}
