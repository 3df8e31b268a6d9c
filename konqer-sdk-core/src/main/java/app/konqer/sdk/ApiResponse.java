package app.konqer.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A call's result together with its response metadata, returned by the {@code ...WithResponse} methods.
 *
 * @param value the decoded body, or {@code null} for a call without a response body
 * @param status the HTTP status of the final attempt
 * @param headers the response headers of the final attempt; unmodifiable, with case-insensitive names
 * @param requestId the request id from {@code X-Request-Id}, to quote to support
 * @param attempts how many attempts the call took, 1 when it succeeded at once
 * @param elapsed the time from the start of the call to the decoded result, retries and waits included
 * @param <T> the value type
 */
public record ApiResponse<T>(
    T value, int status, Map<String, List<String>> headers, String requestId, int attempts, Duration elapsed) {
  /** The header that marks a response replayed for a repeated idempotency key. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /**
   * Checks the metadata. The header map is kept as given, so it must be unmodifiable.
   *
   * @param value the decoded body
   * @param status the HTTP status
   * @param headers the response headers
   * @param requestId the request id
   * @param attempts the number of attempts
   * @param elapsed the time the call took
   */
  public ApiResponse {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * The first value of a response header.
   *
   * @param name the header name, in any case
   * @return the value, or empty when the header is absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    if (values == null) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          values = entry.getValue();
          break;
        }
      }
    }
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Whether the server answered with the stored response of an earlier request with the same
   * {@code Idempotency-Key}, instead of acting again: the header {@code Idempotent-Replayed: true}.
   *
   * @return {@code true} for a replayed response
   */
  public boolean isReplayed() {
    return header(REPLAYED_HEADER).map(value -> value.trim().equalsIgnoreCase("true")).orElse(false);
  }

  /**
   * This response with its value transformed, and the same metadata.
   *
   * @param mapper a function of the value
   * @param <U> the new value type
   * @return the mapped response
   */
  public <U> ApiResponse<U> map(Function<? super T, ? extends U> mapper) {
    return new ApiResponse<>(mapper.apply(value), status, headers, requestId, attempts, elapsed);
  }
}
