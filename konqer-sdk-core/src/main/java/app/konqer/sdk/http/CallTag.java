package app.konqer.sdk.http;

/**
 * What the interceptors need to know about the logical call an HTTP request belongs to. Attached to the request as
 * its OkHttp tag; the same tag travels with every attempt of the call.
 */
final class CallTag {
  /** The request id sent as {@code X-Request-Id} on every attempt of the call. */
  final String requestId;
  /** Whether the request carries the bearer token. */
  final boolean authenticated;
  /** The number of the attempt in flight, from 1. Attempts run one after another, never at once. */
  volatile int attempt;

  CallTag(String requestId, boolean authenticated) {
    this.requestId = requestId;
    this.authenticated = authenticated;
  }
}
