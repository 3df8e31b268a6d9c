package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;

/** 402 Payment Required: the user has no subscription that covers this service. */
public class PaymentRequiredException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a 402 response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   */
  public PaymentRequiredException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(status, problem, headers, rawBody);
  }
}
