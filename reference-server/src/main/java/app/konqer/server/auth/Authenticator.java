package app.konqer.server.auth;

import app.konqer.server.http.AccessLog;
import app.konqer.server.http.HttpErrors;
import app.konqer.server.http.SecurityHeaders;
import app.konqer.server.user.KnownUsers;
import app.konqer.server.user.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Enforces each route's {@link Access} rule before its handler runs: reads the bearer token, verifies it, checks the
 * admin role where required, counts the request against the user's rate limit, and creates or refreshes the user
 * on first sight. The result is the request's {@link Caller}.
 */
public final class Authenticator {
  private static final String BEARER = "bearer ";

  private final TokenVerifier verifier;
  private final KnownUsers users;
  private final Consumer<String> perUserLimit;

  /**
   * Creates the authenticator.
   *
   * @param verifier verifies bearer tokens
   * @param users where users are created on first sight
   * @param perUserLimit counts a request against the verified subject's rate limit, before any database work; throws
   *     to refuse it
   */
  public Authenticator(TokenVerifier verifier, KnownUsers users, Consumer<String> perUserLimit) {
    this.verifier = verifier;
    this.users = users;
    this.perUserLimit = perUserLimit;
  }

  /**
   * Runs before every matched route.
   *
   * @param ctx the request
   * @throws app.konqer.server.http.ApiError 401 without a valid token, 403 without a required role
   */
  public void authenticate(Context ctx) {
    if (ctx.routeRoles().isEmpty() && HandlerType.HEAD.equals(ctx.method())) {
      // Javalin answers HEAD from a GET route without running it, and without that route's rule: refuse it.
      throw HttpErrors.methodNotAllowed("HEAD", ctx.path(), "GET");
    }
    Access access = Access.of(ctx.routeRoles());
    if (access == Access.PUBLIC) {
      return;
    }
    SecurityHeaders.privateResponse(ctx);
    Principal principal = verify(bearerToken(ctx));
    perUserLimit.accept(principal.subject());
    if (access == Access.ADMIN && !principal.hasRole(Access.ADMIN_ROLE)) {
      throw HttpErrors.forbidden("This route requires the " + Access.ADMIN_ROLE + " role");
    }
    User user = users.onSight(principal);
    AccessLog.identify(ctx, user.id());
    new Caller(user, principal).attachTo(ctx);
  }

  private static String bearerToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      throw HttpErrors.unauthorized();
    }
    String token = header.substring(BEARER.length()).strip();
    if (token.isEmpty()) {
      throw HttpErrors.invalidToken("The bearer token is empty");
    }
    return token;
  }

  private Principal verify(String token) {
    Principal principal;
    try {
      principal = verifier.verify(token);
    } catch (InvalidTokenException e) {
      throw HttpErrors.invalidToken(e.getMessage());
    }
    if (principal == null || principal.subject() == null || principal.subject().isBlank()) {
      throw HttpErrors.invalidToken("The token has no subject");
    }
    return principal;
  }
}
