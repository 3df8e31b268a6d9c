package app.konqer.sdk.error;

import app.konqer.sdk.model.Quota;
import java.time.Instant;
import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), the body of every Konqer error response.
 *
 * @param type a URI that identifies the problem type
 * @param title a short summary of the problem type
 * @param status the HTTP status code
 * @param detail an explanation of this occurrence
 * @param code a stable, machine-readable code such as {@code daily_limit_exceeded}
 * @param requestId the id of the request, to quote to support
 * @param errors the invalid fields, for validation problems; empty otherwise
 * @param unlocksAt for {@code service_locked}: when the service unlocks, if an unlock is scheduled
 * @param quota for {@code daily_limit_exceeded}: the quota that was exceeded
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    String requestId,
    List<FieldError> errors,
    Instant unlocksAt,
    Quota quota) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Normalises a missing field list to an empty one. */
  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * A problem with no field errors and no extensions.
   *
   * @param status the HTTP status
   * @param code the stable code
   * @param title the summary
   * @param detail the explanation
   * @param requestId the request id
   * @return the problem
   */
  public static Problem of(int status, String code, String title, String detail, String requestId) {
    return new Problem("https://docs.konqer.app/problems/" + code, title, status, detail, code, requestId,
        List.of(), null, null);
  }

  /**
   * This problem with field errors.
   *
   * @param fieldErrors the invalid fields
   * @return a copy carrying them
   */
  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, code, requestId, fieldErrors, unlocksAt, quota);
  }

  /**
   * This problem with a scheduled unlock time.
   *
   * @param when when the service unlocks
   * @return a copy carrying it
   */
  public Problem withUnlocksAt(Instant when) {
    return new Problem(type, title, status, detail, code, requestId, errors, when, quota);
  }

  /**
   * This problem with quota figures.
   *
   * @param figures the exceeded quota
   * @return a copy carrying them
   */
  public Problem withQuota(Quota figures) {
    return new Problem(type, title, status, detail, code, requestId, errors, unlocksAt, figures);
  }

  /**
   * This problem with the request id set.
   *
   * @param id the request id
   * @return a copy carrying it
   */
  public Problem withRequestId(String id) {
    return new Problem(type, title, status, detail, code, id, errors, unlocksAt, quota);
  }
}
