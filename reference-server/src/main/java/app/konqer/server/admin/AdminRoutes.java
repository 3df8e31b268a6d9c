package app.konqer.server.admin;

import app.konqer.sdk.billing.admin.AdminUser;
import app.konqer.sdk.billing.admin.DailyGenerations;
import app.konqer.sdk.billing.admin.ServiceSettings;
import app.konqer.sdk.billing.admin.ServiceSettingsPatch;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.paging.Page;
import app.konqer.server.db.Database;
import app.konqer.server.http.Bodies;
import app.konqer.server.paging.Cursor;
import app.konqer.server.paging.Keyset;
import app.konqer.server.paging.PageRequest;
import com.squareup.moshi.Types;
import io.javalin.http.Context;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The operator's routes, all {@code ADMIN} (a token with the {@code admin} role; any other token gets 403):
 *
 * <ul>
 *   <li>{@code GET /admin/metrics/mrr}: recurring revenue, by the rules of {@link RecurringRevenue};</li>
 *   <li>{@code GET /admin/users}: every user, newest first, keyset paged;</li>
 *   <li>{@code GET /admin/services} and {@code PATCH /admin/services/{service}}: the services' settings;</li>
 *   <li>{@code GET /admin/metrics/generations}: generations per UTC day and service over the last 30 days.</li>
 * </ul>
 */
public final class AdminRoutes {
  private static final Type USER_PAGE = Types.newParameterizedType(Page.class, AdminUser.class);
  private static final Type SERVICE_PAGE = Types.newParameterizedType(Page.class, ServiceSettings.class);
  private static final Type GENERATION_PAGE = Types.newParameterizedType(Page.class, DailyGenerations.class);

  private final CountedSubscriptions subscriptions;
  private final AdminUsers users;
  private final ServiceSettingsRepository services;
  private final GenerationMetrics generations;
  private final Clock clock;
  private final Keyset userPages = new Keyset("admin-users");

  /**
   * Creates the routes.
   *
   * @param database the database
   * @param clock the current time
   */
  public AdminRoutes(Database database, Clock clock) {
    this.subscriptions = new CountedSubscriptions(database);
    this.users = new AdminUsers(database);
    this.services = new ServiceSettingsRepository(database);
    this.generations = new GenerationMetrics(database);
    this.clock = clock;
  }

  /**
   * {@code GET /admin/metrics/mrr}.
   *
   * @param ctx the request
   */
  public void revenue(Context ctx) {
    ctx.json(RecurringRevenue.report(subscriptions.byPlan(clock.instant())));
  }

  /**
   * {@code GET /admin/users}: newest first, keyset paged by {@code limit} and {@code cursor}.
   *
   * @param ctx the request
   */
  public void users(Context ctx) {
    PageRequest request = userPages.request(ctx);
    List<AdminUser> rows = users.page(request, clock.instant());
    ctx.json(userPages.page(rows, request, user -> new Cursor(user.createdAt(), user.id())), USER_PAGE);
  }

  /**
   * {@code GET /admin/services}: the twelve services in catalog order, in one page.
   *
   * @param ctx the request
   */
  public void services(Context ctx) {
    ctx.json(new Page<>(services.all(), null), SERVICE_PAGE);
  }

  /**
   * {@code PATCH /admin/services/{service}}: sets the members the patch carries and answers with the new settings.
   * The path is checked first (404 {@code unknown_service}), then the body (422 {@code validation_failed} for values
   * out of range, 422 {@code empty_patch} for a patch that sets nothing).
   *
   * @param ctx the request
   */
  public void updateService(Context ctx) {
    String id = ctx.pathParam("service");
    ServiceId service = ServiceId.fromId(id).orElseThrow(() -> AdminErrors.unknownService(id));
    ServiceSettingsPatch patch = Bodies.read(ctx, ServiceSettingsPatch.class);
    if (patch.enabled() == null && patch.rateLimitDaily() == null && patch.unlockDay() == null) {
      throw AdminErrors.emptyPatch();
    }
    ctx.json(services.update(service, patch, clock.instant()).orElseThrow(() -> AdminErrors.unknownService(id)));
  }

  /**
   * {@code GET /admin/metrics/generations}: every day of the last 30 UTC days (today by the server's clock included)
   * and every service, oldest day first, zero counts included, in one page.
   *
   * @param ctx the request
   */
  public void generations(Context ctx) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    ctx.json(new Page<>(generations.window(today), null), GENERATION_PAGE);
  }
}
