package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;

/**
 * A 5xx response: the server or a proxy in front of it failed. 500, 502, 503 and 504 are retried before this is
 * thrown.
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 5xx response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public ServerException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }
}
