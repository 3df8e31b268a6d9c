package app.konqer.server.http;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.error.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error a handler answers with. The server turns it into an {@code application/problem+json} response carrying
 * the status, the stable code, the request id and any field errors. Its message is shown to the client, so it must
 * never contain a secret, a token or an internal detail.
 */
public class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String title;
  private final transient List<FieldError> fieldErrors;
  private final transient Map<String, String> headers;
  private final transient Problem extension;

  /**
   * Creates an error.
   *
   * @param status the HTTP status
   * @param code the stable code, such as {@code service_locked}
   * @param title a short summary of the problem type
   * @param detail what happened, for this request
   */
  public ApiError(int status, String code, String title, String detail) {
    this(status, code, title, detail, List.of(), Map.of(), null, null);
  }

  private ApiError(int status, String code, String title, String detail, List<FieldError> fieldErrors,
      Map<String, String> headers, Problem extension, Throwable cause) {
    super(detail, cause);
    this.status = status;
    this.code = code;
    this.title = title;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.headers = Map.copyOf(headers);
    this.extension = extension;
  }

  /**
   * A 422 {@code validation_failed} listing the invalid fields.
   *
   * @param errors the invalid fields
   * @return the error
   */
  public static ApiError validation(List<FieldError> errors) {
    String detail = errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid";
    return new ApiError(422, "validation_failed", "Validation failed", detail, errors, Map.of(), null, null);
  }

  /**
   * This error with a response header, such as {@code Retry-After}.
   *
   * @param name the header name
   * @param value the header value
   * @return a copy carrying the header
   */
  public ApiError withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiError(status, code, title, getMessage(), fieldErrors, more, extension, getCause());
  }

  /**
   * This error with problem extensions ({@code unlocks_at}, {@code quota}) taken from a template problem.
   *
   * @param template a problem whose extension members are copied into the response
   * @return a copy carrying them
   */
  public ApiError withExtensions(Problem template) {
    return new ApiError(status, code, title, getMessage(), fieldErrors, headers, template, getCause());
  }

  /**
   * This error with its underlying cause, for the server log only.
   *
   * @param cause the cause
   * @return a copy carrying it
   */
  public ApiError withCause(Throwable cause) {
    return new ApiError(status, code, title, getMessage(), fieldErrors, headers, extension, cause);
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return the stable code */
  public String code() {
    return code;
  }

  /** @return the title */
  public String title() {
    return title;
  }

  /** @return the response headers to add */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The problem document for this error.
   *
   * @param requestId the request id
   * @return the problem to send
   */
  public Problem toProblem(String requestId) {
    Problem problem = Problem.of(status, code, title, getMessage(), requestId).withErrors(fieldErrors);
    if (extension != null) {
      problem = problem.withUnlocksAt(extension.unlocksAt()).withQuota(extension.quota());
    }
    return problem;
  }
}
