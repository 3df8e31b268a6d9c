package app.konqer.sdk;

/** The HTTP methods the Konqer API uses, and whether each may be sent twice without changing the outcome. */
public enum HttpMethod {
  /** Reads a resource. Idempotent. */
  GET(true),
  /** Creates or acts. Retried only with an {@code Idempotency-Key}. */
  POST(false),
  /** Replaces a resource. Idempotent. */
  PUT(true),
  /** Updates part of a resource. Retried only with an {@code Idempotency-Key}. */
  PATCH(false),
  /** Deletes a resource. Idempotent. */
  DELETE(true);

  private final boolean idempotent;

  HttpMethod(boolean idempotent) {
    this.idempotent = idempotent;
  }

  /**
   * Whether sending the request twice has the same effect as sending it once (RFC 9110, section 9.2.2).
   *
   * @return {@code true} for GET, PUT and DELETE
   */
  public boolean isIdempotent() {
    return idempotent;
  }

  /**
   * Whether requests with this method carry a body.
   *
   * @return {@code true} for POST, PUT and PATCH
   */
  public boolean hasBody() {
    return this == POST || this == PUT || this == PATCH;
  }
}
