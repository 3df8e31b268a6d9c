package app.konqer.sdk.http;

import org.slf4j.MDC;

/** Puts a call's request id into the slf4j MDC as {@value #KEY}, and puts back what was there before. */
final class RequestIdMdc {
  static final String KEY = "konqer.request_id";

  private RequestIdMdc() {}

  /**
   * Sets the request id.
   *
   * @param requestId the id, or {@code null} to leave the MDC as it is
   * @return the previous value, to hand to {@link #restore(String)}
   */
  static String push(String requestId) {
    String previous = MDC.get(KEY);
    if (requestId != null) {
      MDC.put(KEY, requestId);
    }
    return previous;
  }

  static void restore(String previous) {
    if (previous == null) {
      MDC.remove(KEY);
    } else {
      MDC.put(KEY, previous);
    }
  }
}
