package app.konqer.server.fuzz;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.json.KonqerJson;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges one response to a fuzzed request. Never a 5xx. Every error is an {@code application/problem+json} document
 * whose {@code code} is one of the server's stable codes, whose {@code status} is the response's, whose
 * {@code request_id} is the {@code X-Request-Id} header, and which lists field errors when it says
 * {@code validation_failed}. A request the fuzzer knows to be invalid never succeeds; a valid one succeeds unless the
 * server's state explains the refusal.
 */
final class Oracle {
  /** Every code the server answers a client error with. A code not listed here fails the run. */
  static final Set<String> CLIENT_ERROR_CODES = Set.of(
      "bad_request", "malformed_json", "validation_failed", "unsupported_media_type", "payload_too_large",
      "unauthorized", "invalid_token", "forbidden", "not_found", "method_not_allowed", "uri_too_long",
      "headers_too_large", "request_timeout", "too_many_requests", "invalid_cursor", "invalid_limit",
      "invalid_service", "invalid_signature", "invalid_idempotency_key", "idempotency_key_reused",
      "idempotency_in_progress", "unknown_service", "service_locked", "daily_limit_exceeded", "already_subscribed",
      "empty_patch", "email_in_use", "token_exchange_refused", "refresh_refused");

  /** Refusals of a valid request that the server's state explains, not the request. */
  static final Set<String> STATE_CODES = Set.of(
      "daily_limit_exceeded", "already_subscribed", "service_locked", "idempotency_key_reused",
      "idempotency_in_progress");

  private static final JsonAdapter<Problem> PROBLEMS = KonqerJson.create().adapter(Problem.class);

  private Oracle() {}

  /**
   * What is wrong with a response.
   *
   * @param request the request
   * @param response its response
   * @return the violations, empty when the response is right; and the problem's code, when there is one, first
   */
  static Verdict judge(FuzzRequest request, RawResponse response) {
    List<String> violations = new ArrayList<>();
    int status = response.status();
    String requestId = response.header("X-Request-Id");
    if (requestId == null || requestId.isBlank()) {
      violations.add("no X-Request-Id header");
    }
    if (status >= 500) {
      violations.add("answered " + status);
    }
    if (status < 400) {
      if (request.expectation() == Expectation.REJECT) {
        violations.add("accepted an invalid request with " + status);
      }
      if (status >= 300 && response.header("Location") == null) {
        violations.add("redirect " + status + " without Location");
      }
      return new Verdict(status < 300 ? "2xx" : "3xx", violations);
    }
    if (!Problem.MEDIA_TYPE.equals(response.mediaType())) {
      violations.add("error " + status + " as " + response.mediaType() + ", not problem+json: "
          + FuzzRequest.printable(response.body(), 200));
      return new Verdict("(" + status + " not a problem)", violations);
    }
    if (request.head()) {
      return new Verdict("(" + status + " to HEAD)", violations);
    }
    Problem problem;
    try {
      problem = PROBLEMS.fromJson(response.text());
    } catch (IOException | RuntimeException e) {
      violations.add("problem body does not parse: " + e.getMessage());
      return new Verdict("(unparsable)", violations);
    }
    if (problem == null || problem.code() == null) {
      violations.add("problem without a code");
      return new Verdict("(no code)", violations);
    }
    String code = problem.code();
    if (status < 500 && !CLIENT_ERROR_CODES.contains(code)) {
      violations.add("unknown code " + code);
    }
    if (problem.status() != status) {
      violations.add("problem status " + problem.status() + " on a " + status + " response");
    }
    if (problem.requestId() == null || !problem.requestId().equals(requestId)) {
      violations.add("problem request_id " + problem.requestId() + " is not the header's " + requestId);
    }
    if (problem.type() == null || !problem.type().endsWith("/" + code)) {
      violations.add("problem type " + problem.type() + " does not name code " + code);
    }
    if (code.equals("validation_failed") && (problem.errors() == null || problem.errors().isEmpty())) {
      violations.add("validation_failed without field errors");
    }
    if (request.expectation() == Expectation.ACCEPT && !STATE_CODES.contains(code)) {
      violations.add("refused a valid request: " + status + " " + code + ": " + problem.detail());
    }
    return new Verdict(code, violations);
  }

  /**
   * The judgement of one response.
   *
   * @param outcome the problem code, {@code 2xx} or {@code 3xx}, or a description of an unreadable answer
   * @param violations what is wrong, empty when nothing is
   */
  record Verdict(String outcome, List<String> violations) {}
}
