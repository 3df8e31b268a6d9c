package app.konqer.server.auth;

import app.konqer.server.http.RouteTemplates;
import app.konqer.server.user.User;
import io.javalin.http.Context;

/**
 * The authenticated caller of a {@link Access#USER} or {@link Access#ADMIN} route: the stored user and what the
 * token says.
 *
 * @param user the user, created on first sight
 * @param principal the verified token's claims
 */
public record Caller(User user, Principal principal) {
  private static final String ATTRIBUTE = "konqer.caller";

  /**
   * The caller of the current request.
   *
   * @param ctx the request
   * @return the caller
   * @throws IllegalStateException on a route that is not authenticated
   */
  public static Caller of(Context ctx) {
    Caller caller = ctx.attribute(ATTRIBUTE);
    if (caller == null) {
      throw new IllegalStateException("No authenticated caller: " + RouteTemplates.of(ctx) + " is a PUBLIC route");
    }
    return caller;
  }

  void attachTo(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }
}
