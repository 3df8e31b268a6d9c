package app.konqer.server.user;

import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.server.auth.Caller;
import com.squareup.moshi.Types;
import io.javalin.http.Context;
import java.lang.reflect.Type;
import java.time.Clock;

/** The signed-in user's own resources: {@code /user/me}, {@code /user/subscriptions}, {@code /user/services}. */
public final class UserRoutes {
  private static final Type SUBSCRIPTION_PAGE = Types.newParameterizedType(Page.class, Subscription.class);
  private static final Type SERVICE_PAGE = Types.newParameterizedType(Page.class, UserService.class);

  private final SubscriptionRepository subscriptions;
  private final ServiceAccessRepository access;
  private final Clock clock;

  /**
   * Creates the routes.
   *
   * @param subscriptions the subscriptions
   * @param access the service access
   * @param clock the current time, for scheduled unlocks
   */
  public UserRoutes(SubscriptionRepository subscriptions, ServiceAccessRepository access, Clock clock) {
    this.subscriptions = subscriptions;
    this.access = access;
    this.clock = clock;
  }

  /**
   * {@code GET /user/me}: the caller's profile, with the roles of the token.
   *
   * @param ctx the request
   */
  public void me(Context ctx) {
    Caller caller = Caller.of(ctx);
    User user = caller.user();
    ctx.json(new UserProfile(user.id(), user.email(), user.name(), user.avatarUrl(), caller.principal().roles(),
        user.createdAt()));
  }

  /**
   * {@code GET /user/subscriptions}: all of the caller's subscriptions, newest first, in one page.
   *
   * @param ctx the request
   */
  public void subscriptions(Context ctx) {
    ctx.json(new Page<>(subscriptions.forUser(Caller.of(ctx).user().id()), null), SUBSCRIPTION_PAGE);
  }

  /**
   * {@code GET /user/services}: the twelve services and whether the caller may use each now.
   *
   * @param ctx the request
   */
  public void services(Context ctx) {
    ctx.json(new Page<>(access.forUser(Caller.of(ctx).user().id(), clock.instant()), null), SERVICE_PAGE);
  }
}
