package app.konqer.sdk.error;

import app.konqer.sdk.model.Quota;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 429 Too Many Requests: a rate limit, or the daily quota of a service ({@value #DAILY_LIMIT_EXCEEDED}, with
 * {@link #quota()}). A rate limit is thrown once the client's retries are spent, or at once when the wait would pass
 * the call's deadline. An exceeded daily quota is thrown at once: it resets at the next UTC midnight, which
 * {@link #retryAfter()} counts down to, so no retry within a call could succeed.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The problem code of a service's exceeded daily quota. */
  public static final String DAILY_LIMIT_EXCEEDED = "daily_limit_exceeded";

  /** The wait the server asked for, or {@code null}. */
  private final Duration retryAfter;

  /**
   * Creates the exception for a 429 response.
   *
   * @param status the HTTP status code
   * @param problem the problem document
   * @param headers the response headers
   * @param rawBody the response body as text
   * @param retryAfter how long the server asked the client to wait, or {@code null} if it did not say
   */
  public RateLimitException(
      int status, Problem problem, Map<String, List<String>> headers, String rawBody, Duration retryAfter) {
    super(status, problem, headers, rawBody);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the server asked the client to wait, from {@code Retry-After}, as the server sent it (the client's
   * own waits between retries are capped at 60 seconds).
   *
   * @return the wait, or empty when the server did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Whether sending the same request again may succeed: yes for a rate limit, no for an exceeded daily quota until
   * it resets.
   *
   * @return {@code false} for {@value #DAILY_LIMIT_EXCEEDED}
   */
  @Override
  public boolean isRetryable() {
    return !DAILY_LIMIT_EXCEEDED.equals(code()) && super.isRetryable();
  }

  /**
   * The exceeded daily quota, for {@code daily_limit_exceeded}.
   *
   * @return the quota figures, or empty for other rate limits
   */
  public Optional<Quota> quota() {
    return Optional.ofNullable(problem().quota());
  }
}
