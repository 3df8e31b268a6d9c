package app.konqer.server.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The request id: the client's {@code X-Request-Id} when it is well formed, otherwise a new one. It is echoed on every
 * response, quoted in every problem, and put in the logging context as {@code request_id}.
 */
public final class RequestIds {
  /** The header carrying the request id, both ways. */
  public static final String HEADER = "X-Request-Id";
  /** The logging context key. */
  public static final String MDC_KEY = "request_id";

  private static final String ATTRIBUTE = "konqer.request-id";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private RequestIds() {}

  /**
   * Assigns this request its id. Runs before every other handler.
   *
   * @param ctx the request
   */
  public static void assign(Context ctx) {
    String offered = ctx.header(HEADER);
    String id = offered != null && WELL_FORMED.matcher(offered).matches() ? offered : InternalIds.next().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  /**
   * The request's id, assigning one if the request got this far without it.
   *
   * @param ctx the request
   * @return the id
   */
  public static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    if (id == null) {
      assign(ctx);
      id = ctx.attribute(ATTRIBUTE);
    }
    return id;
  }
}
