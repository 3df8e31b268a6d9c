package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;

/**
 * 401 Unauthorized: the token is missing, expired or invalid. The client has already invalidated the token and
 * replayed the request once.
 */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 401 response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public AuthenticationException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }
}
