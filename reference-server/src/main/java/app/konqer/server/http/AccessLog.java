package app.konqer.server.http;

import io.javalin.http.Context;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One line per request on the {@code konqer.access} logger: method, route template, status, milliseconds, request
 * id and user id. It never logs headers, query strings or bodies, so no token can reach the log.
 */
public final class AccessLog {
  /** The logger name, for log configuration. */
  public static final String LOGGER = "konqer.access";

  private static final Logger log = LoggerFactory.getLogger(LOGGER);
  private static final String USER_ATTRIBUTE = "konqer.user-id";

  private AccessLog() {}

  /**
   * Records whom the request was authenticated as.
   *
   * @param ctx the request
   * @param userId the user's id
   */
  public static void identify(Context ctx, UUID userId) {
    ctx.attribute(USER_ATTRIBUTE, userId);
  }

  /**
   * Whom the request was authenticated as.
   *
   * @param ctx the request
   * @return the user's id, or {@code null} when the request was not authenticated
   */
  public static UUID identified(Context ctx) {
    return ctx.attribute(USER_ATTRIBUTE);
  }

  /**
   * Writes the request's line. Runs after the response is complete.
   *
   * @param ctx the request
   * @param millis how long it took
   */
  public static void write(Context ctx, Float millis) {
    if (log.isInfoEnabled()) {
      UUID user = identified(ctx);
      log.info("{} {} {} {}ms request_id={} user={}",
          ctx.method().name(),
          RouteTemplates.of(ctx),
          ctx.statusCode(),
          tenths(millis == null ? 0f : millis),
          RequestIds.of(ctx),
          user == null ? "-" : user);
    }
    MDC.remove(RequestIds.MDC_KEY);
  }

  /** Milliseconds with one decimal, as {@code 12.3}. */
  static String tenths(float millis) {
    long tenths = Math.round(millis * 10.0);
    return (tenths / 10) + "." + (tenths % 10);
  }

}
