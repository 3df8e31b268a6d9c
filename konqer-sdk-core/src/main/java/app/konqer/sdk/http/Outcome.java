package app.konqer.sdk.http;

import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.error.KonqerException;
import java.time.Duration;

/**
 * What one attempt of a call leads to: a result, a final error, or another attempt after a wait.
 *
 * @param <T> the call's result type
 */
sealed interface Outcome<T> {

  /**
   * The call succeeded.
   *
   * @param response the result and its metadata
   * @param <T> the result type
   */
  record Success<T>(ApiResponse<T> response) implements Outcome<T> {}

  /**
   * The call failed for good.
   *
   * @param error what to throw
   * @param requestId the request id, for the MDC while the failure is delivered
   * @param <T> the result type
   */
  record Failure<T>(KonqerException error, String requestId) implements Outcome<T> {}

  /**
   * Another attempt follows.
   *
   * @param delay how long to wait first
   * @param <T> the result type
   */
  record Retry<T>(Duration delay) implements Outcome<T> {}
}
