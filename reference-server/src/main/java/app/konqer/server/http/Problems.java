package app.konqer.server.http;

import app.konqer.sdk.error.Problem;
import app.konqer.server.db.ConnectionFailures;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an {@code application/problem+json} response: {@link ApiError}s as they are, the
 * framework's own errors (404, 405, 413) with their stable codes, an unreachable database as 503, and anything else
 * as a 500 that reveals nothing; the cause is logged with the request id.
 */
public final class Problems {
  private static final Logger log = LoggerFactory.getLogger(Problems.class);
  private static final int MAX_ECHOED_PATH = 200;

  private Problems() {}

  /**
   * Writes an error as a problem response.
   *
   * @param ctx the request
   * @param error the error
   */
  public static void send(Context ctx, ApiError error) {
    Problem problem = error.toProblem(RequestIds.of(ctx));
    error.headers().forEach(ctx::header);
    ctx.status(error.status())
        .contentType(Problem.MEDIA_TYPE)
        .result(ctx.jsonMapper().toJsonString(problem, Problem.class));
  }

  /**
   * Exception handler for {@link ApiError}.
   *
   * @param error the error a handler raised
   * @param ctx the request
   */
  public static void onApiError(ApiError error, Context ctx) {
    if (error.status() >= 500) {
      log.warn("{} {} answered {} {} (request_id={}): {}", ctx.method(), RouteTemplates.of(ctx), error.status(),
          error.code(), RequestIds.of(ctx), error.getMessage(), error.getCause());
    }
    send(ctx, error);
  }

  /**
   * Exception handler for the framework's own HTTP errors: no route (404), wrong method (405), body too large (413).
   *
   * @param failure the framework's error
   * @param ctx the request
   */
  public static void onHttpResponse(HttpResponseException failure, Context ctx) {
    String method = ctx.method().name();
    String path = echoed(ctx.path());
    ApiError error = switch (failure.getStatus()) {
      case 404 -> HttpErrors.notFound("No route matches " + method + " " + path);
      case 405 -> HttpErrors.methodNotAllowed(method, path, allowed(failure.getDetails()));
      case 413 -> HttpErrors.payloadTooLarge(ctx.appData(Bodies.KEY).maxBytes());
      default -> HttpErrors.forStatus(failure.getStatus(), failure.getMessage());
    };
    send(ctx, error);
  }

  /**
   * Exception handler for everything else: 503 when the database is unreachable, otherwise 500.
   *
   * @param failure the unexpected exception
   * @param ctx the request
   */
  public static void onUnexpected(Exception failure, Context ctx) {
    if (ConnectionFailures.isConnectionFailure(failure)) {
      log.warn("{} {}: database unavailable (request_id={}): {}", ctx.method(), RouteTemplates.of(ctx),
          RequestIds.of(ctx), failure.toString());
      send(ctx, HttpErrors.databaseUnavailable());
      return;
    }
    log.error("{} {} failed (request_id={})", ctx.method(), RouteTemplates.of(ctx), RequestIds.of(ctx), failure);
    send(ctx, HttpErrors.internal());
  }

  private static String allowed(Map<String, String> details) {
    String methods = details.getOrDefault("availableMethods", "");
    return methods.replace("[", "").replace("]", "").strip();
  }

  private static String echoed(String path) {
    return path.length() <= MAX_ECHOED_PATH ? path : path.substring(0, MAX_ECHOED_PATH) + "...";
  }
}
