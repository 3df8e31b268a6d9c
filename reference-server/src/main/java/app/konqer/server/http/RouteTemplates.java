package app.konqer.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/** The route template a request matched, such as {@code /user/history/{id}}: the bounded label for logs and metrics. */
public final class RouteTemplates {
  /** The label of requests that matched no route (404 and 405). */
  public static final String UNMATCHED = "unmatched";

  private RouteTemplates() {}

  /**
   * The template of the route that handled a request.
   *
   * @param ctx the request
   * @return the template, or {@link #UNMATCHED}
   */
  public static String of(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? UNMATCHED : endpoint.path;
  }
}
