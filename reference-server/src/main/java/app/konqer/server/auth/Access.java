package app.konqer.server.auth;

import io.javalin.security.RouteRole;
import java.util.Set;

/** Who may call a route. Every route declares exactly one; the server refuses to start with a route that does not. */
public enum Access implements RouteRole {
  /** Anyone, without a token. */
  PUBLIC,
  /** A caller with a valid bearer token. */
  USER,
  /** A caller whose token grants the {@code admin} role; other callers get 403. */
  ADMIN;

  /** The token role that {@link #ADMIN} routes require. */
  public static final String ADMIN_ROLE = "admin";

  /**
   * The access rule among a route's roles.
   *
   * @param roles the roles the route was registered with
   * @return its rule
   * @throws IllegalStateException unless there is exactly one
   */
  public static Access of(Set<? extends RouteRole> roles) {
    Access found = null;
    for (RouteRole role : roles) {
      if (role instanceof Access access) {
        if (found != null) {
          throw new IllegalStateException("A route declares two access rules: " + found + " and " + access);
        }
        found = access;
      }
    }
    if (found == null) {
      throw new IllegalStateException("A route declares no access rule (PUBLIC, USER or ADMIN)");
    }
    return found;
  }
}
