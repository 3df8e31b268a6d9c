package app.konqer.server.http;

import io.javalin.http.Context;

/**
 * The response headers that keep clients and caches from misusing an answer: {@code X-Content-Type-Options: nosniff}
 * on every response, so that a browser never reads JSON or a problem as HTML or script, and
 * {@code Cache-Control: no-store} on every response of a route that needs a token (errors included), so that no
 * shared or browser cache keeps one user's data.
 */
public final class SecurityHeaders {
  /** The header that stops browsers from guessing a content type. */
  public static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

  private SecurityHeaders() {}

  /**
   * Sets the headers of every response. Runs before every other handler.
   *
   * @param ctx the request
   */
  public static void everyResponse(Context ctx) {
    ctx.header(CONTENT_TYPE_OPTIONS, "nosniff");
  }

  /**
   * Sets the headers of a response that may carry a user's data.
   *
   * @param ctx the request
   */
  public static void privateResponse(Context ctx) {
    ctx.header("Cache-Control", "no-store");
  }
}
