package app.konqer.server;

import app.konqer.server.auth.Access;
import io.javalin.Javalin;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The routes a Javalin app has registered, read back from Javalin itself. */
public final class RouteTable {

  /**
   * One registered route.
   *
   * @param method the HTTP method, such as {@code GET}
   * @param path the path template, such as {@code /user/history/{id}}
   * @param access who may call it
   */
  public record Route(String method, String path, Access access) {}

  private RouteTable() {}

  /**
   * Every HTTP route of an app, sorted by path and method.
   *
   * @param app the app
   * @return the routes
   * @throws IllegalStateException when a route has no access rule
   */
  public static List<Route> of(Javalin app) {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> new Route(endpoint.method.name(), endpoint.path, Access.of(roles(endpoint))))
        .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
        .toList();
  }

  /**
   * Refuses a route registered without exactly one {@link Access} rule. Installed as Javalin's handler-added
   * listener, so that such an app fails to build.
   *
   * @param handler the route being added
   * @throws IllegalStateException when the rule is missing or ambiguous
   */
  public static void requireAccessRule(HandlerMetaInfo handler) {
    if (!handler.getHttpMethod().isHttpMethod()) {
      return;
    }
    try {
      Access.of(handler.getRoles());
    } catch (IllegalStateException e) {
      throw new IllegalStateException(handler.getHttpMethod() + " " + handler.getPath() + ": " + e.getMessage(), e);
    }
  }

  private static Set<? extends RouteRole> roles(Endpoint endpoint) {
    Roles roles = endpoint.metadata(Roles.class);
    return roles == null ? Set.of() : roles.getRoles();
  }
}
