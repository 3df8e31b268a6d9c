package app.konqer.server.testkit;

import app.konqer.sdk.json.KonqerJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One request the test server received, as your code sent it, with the status it got. Secrets are not kept: the
 * {@code Authorization} header reads {@code Bearer [redacted]}, and cookies are dropped.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the path, such as {@code /services/cold-dm/generate}
 * @param query the raw query string, or {@code null} when there is none
 * @param headers the request headers; look names up with {@link #header(String)}, which ignores case
 * @param body the body as UTF-8 text; empty when there is none
 * @param status the status the server answered with
 * @param requestId the request id the server assigned (the {@code X-Request-Id} it answered with)
 * @param userId the signed-in user the request was served for, or {@code null} when it was not authenticated (a
 *     public route, a bad token, or a fault injected before authentication)
 */
public record RecordedRequest(
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    int status,
    String requestId,
    UUID userId) {

  /** Copies the headers into an unmodifiable map whose lookups ignore case. */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    body = body == null ? "" : body;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or {@code null} when the request did not carry the header
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** @return the {@code Idempotency-Key} header, or {@code null} */
  public String idempotencyKey() {
    return header("Idempotency-Key");
  }

  /** @return whether the request carried a bearer token (its value is never kept) */
  public boolean hasBearerToken() {
    String authorization = header("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  /** @return the method and the path with its query, such as {@code GET /user/history?limit=5} */
  public String requestLine() {
    return method + " " + path + (query == null ? "" : "?" + query);
  }

  /**
   * Decodes the JSON body into one of the SDK's records, with the SDK's own JSON configuration.
   *
   * @param type the record type, such as {@code ColdDmInput.class}
   * @param <T> the type
   * @return the decoded body
   * @throws IllegalStateException when the body is empty
   * @throws UncheckedIOException when the body is not JSON of that shape
   */
  public <T> T bodyAs(Class<T> type) {
    if (body.isEmpty()) {
      throw new IllegalStateException(requestLine() + " had no body");
    }
    try {
      return KonqerJson.create().adapter(type).fromJson(body);
    } catch (IOException e) {
      throw new UncheckedIOException("The body of " + requestLine() + " is not a " + type.getSimpleName(), e);
    }
  }

  @Override
  public String toString() {
    return requestLine() + " -> " + status;
  }
}
