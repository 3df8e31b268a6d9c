package app.konqer.server.http;

/**
 * The errors every route can answer with, each with its stable code. Feature-specific errors (such as
 * {@code service_locked}) are created where they happen, with {@link ApiError}'s constructor.
 */
public final class HttpErrors {
  /** Seconds a client should wait before retrying while the database is unreachable. */
  static final int DATABASE_RETRY_AFTER_SECONDS = 5;

  private static final String REALM = "Bearer realm=\"konqer\"";

  private HttpErrors() {}

  /**
   * 400 {@code bad_request}.
   *
   * @param detail what is wrong
   * @return the error
   */
  public static ApiError badRequest(String detail) {
    return new ApiError(400, "bad_request", "Bad request", detail);
  }

  /**
   * 400 {@code malformed_json}: the body is not valid JSON, or a member has the wrong JSON type.
   *
   * @param detail what is wrong and where
   * @return the error
   */
  public static ApiError malformedJson(String detail) {
    return new ApiError(400, "malformed_json", "Malformed JSON", detail);
  }

  /**
   * 401 {@code unauthorized}: no bearer token was sent.
   *
   * @return the error, with its {@code WWW-Authenticate} challenge
   */
  public static ApiError unauthorized() {
    return new ApiError(401, "unauthorized", "Authentication required",
        "Send a bearer token in the Authorization header")
        .withHeader("WWW-Authenticate", REALM);
  }

  /**
   * 401 {@code invalid_token}: the bearer token was refused.
   *
   * @param reason why, safe to show
   * @return the error, with its {@code WWW-Authenticate} challenge
   */
  public static ApiError invalidToken(String reason) {
    String description = reason == null ? "The token was refused" : reason.replaceAll("[\"\\\\\\p{Cntrl}]", "'");
    if (description.length() > 200) {
      description = description.substring(0, 200);
    }
    return new ApiError(401, "invalid_token", "Invalid token", description)
        .withHeader("WWW-Authenticate",
            REALM + ", error=\"invalid_token\", error_description=\"" + description + "\"");
  }

  /**
   * 403 {@code forbidden}.
   *
   * @param detail what is missing
   * @return the error
   */
  public static ApiError forbidden(String detail) {
    return new ApiError(403, "forbidden", "Forbidden", detail);
  }

  /**
   * 404 {@code not_found}.
   *
   * @param detail what was not found
   * @return the error
   */
  public static ApiError notFound(String detail) {
    return new ApiError(404, "not_found", "Not found", detail);
  }

  /**
   * 405 {@code method_not_allowed}.
   *
   * @param method the request method
   * @param path the request path
   * @param allow the methods the path supports, as an {@code Allow} header value
   * @return the error, with its {@code Allow} header
   */
  public static ApiError methodNotAllowed(String method, String path, String allow) {
    return new ApiError(405, "method_not_allowed", "Method not allowed",
        method + " is not supported on " + path + "; use " + allow)
        .withHeader("Allow", allow);
  }

  /**
   * 413 {@code payload_too_large}.
   *
   * @param maxBytes the largest accepted body
   * @return the error
   */
  public static ApiError payloadTooLarge(long maxBytes) {
    return new ApiError(413, "payload_too_large", "Payload too large",
        "The request body is larger than " + maxBytes + " bytes");
  }

  /**
   * 415 {@code unsupported_media_type}.
   *
   * @param detail what was sent and what is expected
   * @return the error
   */
  public static ApiError unsupportedMediaType(String detail) {
    return new ApiError(415, "unsupported_media_type", "Unsupported media type", detail);
  }

  /**
   * 429 {@code rate_limited}: the client sent more requests than the per-IP or per-user rate allows.
   *
   * @param retryAfterSeconds when the client may send again, at least 1
   * @return the error, with {@code Retry-After}
   */
  public static ApiError rateLimited(long retryAfterSeconds) {
    long seconds = Math.max(1, retryAfterSeconds);
    return new ApiError(429, "rate_limited", "Too many requests",
        "This client sent requests faster than the server accepts; retry after " + seconds + " seconds")
        .withHeader("Retry-After", Long.toString(seconds));
  }

  /**
   * 503 {@code database_unavailable}, with {@code Retry-After}.
   *
   * @return the error
   */
  public static ApiError databaseUnavailable() {
    return new ApiError(503, "database_unavailable", "Database unavailable",
        "The database cannot be reached right now; retry later")
        .withHeader("Retry-After", Integer.toString(DATABASE_RETRY_AFTER_SECONDS));
  }

  /**
   * 500 {@code internal_error}. Says nothing about the cause, which is logged with the request id.
   *
   * @return the error
   */
  public static ApiError internal() {
    return new ApiError(500, "internal_error", "Internal server error",
        "An unexpected error occurred; quote the request id when you report it");
  }

  /**
   * The problem for a plain HTTP status, for errors raised by the framework itself.
   *
   * @param status the status
   * @param detail what happened
   * @return the error
   */
  public static ApiError forStatus(int status, String detail) {
    return switch (status) {
      case 400 -> badRequest(detail);
      case 403 -> forbidden(detail);
      case 404 -> notFound(detail);
      case 408 -> new ApiError(408, "request_timeout", "Request timeout", detail);
      case 413 -> new ApiError(413, "payload_too_large", "Payload too large", detail);
      case 414 -> new ApiError(414, "uri_too_long", "URI too long", detail);
      case 415 -> unsupportedMediaType(detail);
      case 429 -> new ApiError(429, "too_many_requests", "Too many requests", detail);
      case 431 -> new ApiError(431, "headers_too_large", "Request headers too large", detail);
      case 503 -> new ApiError(503, "service_unavailable", "Service unavailable", detail);
      default -> status >= 500 ? internal() : new ApiError(status, "http_" + status, "HTTP " + status, detail);
    };
  }
}
