package app.konqer.sdk.error;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server answered with an error status. The body, normally an {@code application/problem+json} document, is
 * parsed into {@link #problem()}; a body that is not a problem document (an HTML page from a proxy, say) is kept in
 * {@link #rawBody()} and described by a problem built from the status line.
 *
 * <p>Each status the Konqer API uses has its own subclass, so callers can catch exactly what they handle:
 * {@link BadRequestException} (400), {@link AuthenticationException} (401), {@link PaymentRequiredException} (402),
 * {@link PermissionDeniedException} (403, with {@link ServiceLockedException}), {@link NotFoundException} (404),
 * {@link ConflictException} (409), {@link UnprocessableEntityException} (422), {@link RateLimitException} (429) and
 * {@link ServerException} (5xx). Any other status is a plain {@code ApiException}.
 */
public class ApiException extends KonqerException {
  private static final long serialVersionUID = 1L;
  /** The code of a 409 answering a request whose idempotency key belongs to a request still running. */
  public static final String IDEMPOTENCY_IN_PROGRESS = "idempotency_in_progress";

  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  /** The HTTP status code. */
  private final int status;
  private final transient Problem problem;
  private final transient Map<String, List<String>> headers;
  /** The response body as text. */
  private final String rawBody;

  /**
   * Creates an exception for an error response.
   *
   * @param status the HTTP status code
   * @param problem the parsed problem document, or one built from the status line when the body was not one
   * @param headers the response headers; names are case-insensitive
   * @param rawBody the response body as text, possibly truncated; empty when there was none
   */
  public ApiException(int status, Problem problem, Map<String, List<String>> headers, String rawBody) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
    this.headers = headers == null ? Map.of() : headers;
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  /**
   * Whether a response with this status may succeed when the same request is sent again: 408, 429, 500, 502, 503
   * and 504.
   *
   * @param status an HTTP status code
   * @return {@code true} for the statuses the SDK retries
   */
  public static boolean isRetryableStatus(int status) {
    return RETRYABLE_STATUSES.contains(status);
  }

  /**
   * The HTTP status code.
   *
   * @return the status, such as 404
   */
  public int status() {
    return status;
  }

  /**
   * The stable, machine-readable error code, such as {@code daily_limit_exceeded}.
   *
   * @return the code, or {@code null} when the body was not a problem document
   */
  public String code() {
    return problem.code();
  }

  /**
   * A short summary of the problem type.
   *
   * @return the title
   */
  public String title() {
    return problem.title();
  }

  /**
   * An explanation of this occurrence.
   *
   * @return the detail, or {@code null} when the server gave none
   */
  public String detail() {
    return problem.detail();
  }

  /**
   * The id of the request, to quote to support.
   *
   * @return the request id from the problem or the {@code X-Request-Id} header, or {@code null} if neither had one
   */
  public String requestId() {
    return problem.requestId();
  }

  /**
   * The invalid fields, for validation problems.
   *
   * @return the field errors; empty when there are none
   */
  public List<FieldError> fieldErrors() {
    return problem.errors();
  }

  /**
   * The response headers.
   *
   * @return an unmodifiable map whose keys are case-insensitive
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The response body as text.
   *
   * @return the body, possibly truncated to its first megabyte; empty when there was none
   */
  public String rawBody() {
    return rawBody;
  }

  /**
   * Whether sending the same request again may succeed: the statuses of {@link #isRetryableStatus(int)}, and a 409
   * {@value #IDEMPOTENCY_IN_PROGRESS}, which says that the first request with the same idempotency key is still
   * running.
   *
   * @return {@code true} when a later attempt may succeed
   */
  public boolean isRetryable() {
    return isRetryableStatus(status) || (status == 409 && IDEMPOTENCY_IN_PROGRESS.equals(code()));
  }

  /**
   * The problem document.
   *
   * @return the parsed problem, or one built from the status line when the body was not a problem document
   */
  public Problem problem() {
    return problem;
  }

  private static String describe(int status, Problem problem) {
    StringBuilder message = new StringBuilder().append(status);
    if (problem.code() != null) {
      message.append(' ').append(problem.code());
    }
    message.append(": ").append(problem.detail() != null ? problem.detail() : problem.title());
    if (problem.requestId() != null) {
      message.append(" (request id ").append(problem.requestId()).append(')');
    }
    return message.toString();
  }
}
