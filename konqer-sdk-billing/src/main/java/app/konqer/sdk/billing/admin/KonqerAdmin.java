package app.konqer.sdk.billing.admin;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.HttpMethod;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.paging.AutoPager;
import app.konqer.sdk.paging.Page;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Konqer administration on a {@link KonqerClient} whose token carries the {@code admin} role: recurring revenue,
 * users, service settings and generation metrics. Any other token gets a
 * {@link app.konqer.sdk.error.PermissionDeniedException} (403 {@code forbidden}).
 *
 * <pre>{@code
 * KonqerAdmin admin = KonqerAdmin.of(adminClient);
 * RevenueReport revenue = admin.revenue();
 * long mrrEuros = revenue.mrrCents() / 100;
 * admin.updateService(ServiceId.PITCH_DECK, ServiceSettingsPatch.enabled(false));
 * long newUsersToday = admin.users().stream()
 *     .takeWhile(user -> user.createdAt().isAfter(startOfDay))
 *     .count(); // stops fetching pages at the first older user
 * }</pre>
 *
 * <p>Each call comes in six forms, as in {@code revenue}: {@code revenue()}, {@code revenue(options)},
 * {@code revenueAsync()}, {@code revenueAsync(options)}, {@code revenueWithResponse(options)} and
 * {@code revenueWithResponseAsync(options)}. Bounded lists are returned as {@link List}s; the keyset-paged users as
 * an {@link AutoPager}, or a page at a time with {@code usersPage(cursor)}.
 *
 * <p>Thread-safe, and as cheap to create as the client it wraps.
 */
public final class KonqerAdmin {
  private static final Type USER_PAGE = Types.newParameterizedType(Page.class, AdminUser.class);
  private static final Type SETTINGS_PAGE = Types.newParameterizedType(Page.class, ServiceSettings.class);
  private static final Type GENERATIONS_PAGE = Types.newParameterizedType(Page.class, DailyGenerations.class);
  private static final ApiRequest<RevenueReport> REVENUE =
      ApiRequest.get("/admin/metrics/mrr", RevenueReport.class).build();
  private static final ApiRequest<List<ServiceSettings>> SERVICES = ApiRequest
      .<Page<ServiceSettings>>builder(HttpMethod.GET, "/admin/services", SETTINGS_PAGE)
      .build()
      .map(Page::data);
  private static final ApiRequest<List<DailyGenerations>> GENERATIONS = ApiRequest
      .<Page<DailyGenerations>>builder(HttpMethod.GET, "/admin/metrics/generations", GENERATIONS_PAGE)
      .build()
      .map(Page::data);

  private final KonqerClient client;

  /**
   * Creates the admin client on a client.
   *
   * @param client the client to send with; its token needs the {@code admin} role
   */
  public KonqerAdmin(KonqerClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * The admin client on a client.
   *
   * @param client the client to send with; its token needs the {@code admin} role
   * @return the admin client
   */
  public static KonqerAdmin of(KonqerClient client) {
    return new KonqerAdmin(client);
  }

  // ---- GET /admin/metrics/mrr ----

  /**
   * Monthly and annual recurring revenue, with the split by plan ({@code GET /admin/metrics/mrr}). See
   * {@link RevenueReport} for which subscriptions count and how amounts are rounded.
   *
   * @return the report
   */
  public RevenueReport revenue() {
    return client.execute(REVENUE);
  }

  /**
   * Monthly and annual recurring revenue.
   *
   * @param options per-call options
   * @return the report
   */
  public RevenueReport revenue(RequestOptions options) {
    return client.execute(REVENUE.withOptions(options));
  }

  /**
   * Monthly and annual recurring revenue, without blocking.
   *
   * @return the report, when it arrives
   */
  public CompletableFuture<RevenueReport> revenueAsync() {
    return client.executeAsync(REVENUE);
  }

  /**
   * Monthly and annual recurring revenue, without blocking.
   *
   * @param options per-call options
   * @return the report, when it arrives
   */
  public CompletableFuture<RevenueReport> revenueAsync(RequestOptions options) {
    return client.executeAsync(REVENUE.withOptions(options));
  }

  /**
   * Monthly and annual recurring revenue, with the response metadata.
   *
   * @param options per-call options
   * @return the report and the metadata
   */
  public ApiResponse<RevenueReport> revenueWithResponse(RequestOptions options) {
    return client.executeWithResponse(REVENUE.withOptions(options));
  }

  /**
   * Monthly and annual recurring revenue, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the report and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<RevenueReport>> revenueWithResponseAsync(RequestOptions options) {
    return client.executeWithResponseAsync(REVENUE.withOptions(options));
  }

  // ---- GET /admin/users ----

  /**
   * Every user, newest first ({@code GET /admin/users}). Pages are fetched as the iteration reaches them; nothing is
   * fetched before the first {@code hasNext()}.
   *
   * @return a pager over the users
   */
  public AutoPager<AdminUser> users() {
    return users(RequestOptions.none());
  }

  /**
   * Every user, newest first.
   *
   * @param options per-call options, applied to each page's request
   * @return a pager over the users
   */
  public AutoPager<AdminUser> users(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return AutoPager.of(cursor -> client.execute(usersRequest(cursor).withOptions(options)));
  }

  /**
   * One page of users, newest first.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @return the page
   */
  public Page<AdminUser> usersPage(String cursor) {
    return client.execute(usersRequest(cursor));
  }

  /**
   * One page of users.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @param options per-call options
   * @return the page
   */
  public Page<AdminUser> usersPage(String cursor, RequestOptions options) {
    return client.execute(usersRequest(cursor).withOptions(options));
  }

  /**
   * One page of users, without blocking.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @return the page, when it arrives
   */
  public CompletableFuture<Page<AdminUser>> usersPageAsync(String cursor) {
    return client.executeAsync(usersRequest(cursor));
  }

  /**
   * One page of users, without blocking.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @param options per-call options
   * @return the page, when it arrives
   */
  public CompletableFuture<Page<AdminUser>> usersPageAsync(String cursor, RequestOptions options) {
    return client.executeAsync(usersRequest(cursor).withOptions(options));
  }

  /**
   * One page of users, with the response metadata.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @param options per-call options
   * @return the page and the metadata
   */
  public ApiResponse<Page<AdminUser>> usersPageWithResponse(String cursor, RequestOptions options) {
    return client.executeWithResponse(usersRequest(cursor).withOptions(options));
  }

  /**
   * One page of users, with the response metadata, without blocking.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @param options per-call options
   * @return the page and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<Page<AdminUser>>> usersPageWithResponseAsync(
      String cursor, RequestOptions options) {
    return client.executeWithResponseAsync(usersRequest(cursor).withOptions(options));
  }

  // ---- GET /admin/services ----

  /**
   * The settings of the twelve services, in catalog order ({@code GET /admin/services}).
   *
   * @return the settings
   */
  public List<ServiceSettings> services() {
    return client.execute(SERVICES);
  }

  /**
   * The settings of the twelve services.
   *
   * @param options per-call options
   * @return the settings
   */
  public List<ServiceSettings> services(RequestOptions options) {
    return client.execute(SERVICES.withOptions(options));
  }

  /**
   * The settings of the twelve services, without blocking.
   *
   * @return the settings, when they arrive
   */
  public CompletableFuture<List<ServiceSettings>> servicesAsync() {
    return client.executeAsync(SERVICES);
  }

  /**
   * The settings of the twelve services, without blocking.
   *
   * @param options per-call options
   * @return the settings, when they arrive
   */
  public CompletableFuture<List<ServiceSettings>> servicesAsync(RequestOptions options) {
    return client.executeAsync(SERVICES.withOptions(options));
  }

  /**
   * The settings of the twelve services, with the response metadata.
   *
   * @param options per-call options
   * @return the settings and the metadata
   */
  public ApiResponse<List<ServiceSettings>> servicesWithResponse(RequestOptions options) {
    return client.executeWithResponse(SERVICES.withOptions(options));
  }

  /**
   * The settings of the twelve services, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the settings and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<List<ServiceSettings>>> servicesWithResponseAsync(RequestOptions options) {
    return client.executeWithResponseAsync(SERVICES.withOptions(options));
  }

  // ---- PATCH /admin/services/{service} ----

  /**
   * Changes a service's settings ({@code PATCH /admin/services/{service}}): the members the patch sets, and no
   * others. {@code enabled} and {@code rateLimitDaily} apply to the next generation request; {@code unlockDay}
   * applies to founding purchases made after the change, while existing members keep their unlock dates.
   *
   * @param service the service
   * @param patch the changes; at least one member must be set
   * @return the settings after the change
   * @throws app.konqer.sdk.error.UnprocessableEntityException {@code validation_failed} for a value out of range,
   *     {@code empty_patch} for a patch that sets nothing
   */
  public ServiceSettings updateService(ServiceId service, ServiceSettingsPatch patch) {
    return client.execute(updateRequest(service, patch));
  }

  /**
   * Changes a service's settings.
   *
   * @param service the service
   * @param patch the changes
   * @param options per-call options
   * @return the settings after the change
   */
  public ServiceSettings updateService(ServiceId service, ServiceSettingsPatch patch, RequestOptions options) {
    return client.execute(updateRequest(service, patch).withOptions(options));
  }

  /**
   * Changes a service's settings, without blocking.
   *
   * @param service the service
   * @param patch the changes
   * @return the settings after the change, when they arrive
   */
  public CompletableFuture<ServiceSettings> updateServiceAsync(ServiceId service, ServiceSettingsPatch patch) {
    return client.executeAsync(updateRequest(service, patch));
  }

  /**
   * Changes a service's settings, without blocking.
   *
   * @param service the service
   * @param patch the changes
   * @param options per-call options
   * @return the settings after the change, when they arrive
   */
  public CompletableFuture<ServiceSettings> updateServiceAsync(
      ServiceId service, ServiceSettingsPatch patch, RequestOptions options) {
    return client.executeAsync(updateRequest(service, patch).withOptions(options));
  }

  /**
   * Changes a service's settings, with the response metadata.
   *
   * @param service the service
   * @param patch the changes
   * @param options per-call options
   * @return the settings after the change and the metadata
   */
  public ApiResponse<ServiceSettings> updateServiceWithResponse(
      ServiceId service, ServiceSettingsPatch patch, RequestOptions options) {
    return client.executeWithResponse(updateRequest(service, patch).withOptions(options));
  }

  /**
   * Changes a service's settings, with the response metadata, without blocking.
   *
   * @param service the service
   * @param patch the changes
   * @param options per-call options
   * @return the settings after the change and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<ServiceSettings>> updateServiceWithResponseAsync(
      ServiceId service, ServiceSettingsPatch patch, RequestOptions options) {
    return client.executeWithResponseAsync(updateRequest(service, patch).withOptions(options));
  }

  // ---- GET /admin/metrics/generations ----

  /**
   * Generations per UTC day and service over the last 30 days, today (by the server's clock) included
   * ({@code GET /admin/metrics/generations}): one row for every day and service, zero counts included, oldest day
   * first and services in catalog order within a day.
   *
   * @return 360 rows
   */
  public List<DailyGenerations> generationMetrics() {
    return client.execute(GENERATIONS);
  }

  /**
   * Generations per UTC day and service over the last 30 days.
   *
   * @param options per-call options
   * @return the rows
   */
  public List<DailyGenerations> generationMetrics(RequestOptions options) {
    return client.execute(GENERATIONS.withOptions(options));
  }

  /**
   * Generations per UTC day and service over the last 30 days, without blocking.
   *
   * @return the rows, when they arrive
   */
  public CompletableFuture<List<DailyGenerations>> generationMetricsAsync() {
    return client.executeAsync(GENERATIONS);
  }

  /**
   * Generations per UTC day and service over the last 30 days, without blocking.
   *
   * @param options per-call options
   * @return the rows, when they arrive
   */
  public CompletableFuture<List<DailyGenerations>> generationMetricsAsync(RequestOptions options) {
    return client.executeAsync(GENERATIONS.withOptions(options));
  }

  /**
   * Generations per UTC day and service over the last 30 days, with the response metadata.
   *
   * @param options per-call options
   * @return the rows and the metadata
   */
  public ApiResponse<List<DailyGenerations>> generationMetricsWithResponse(RequestOptions options) {
    return client.executeWithResponse(GENERATIONS.withOptions(options));
  }

  /**
   * Generations per UTC day and service over the last 30 days, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the rows and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<List<DailyGenerations>>> generationMetricsWithResponseAsync(
      RequestOptions options) {
    return client.executeWithResponseAsync(GENERATIONS.withOptions(options));
  }

  private static ApiRequest<Page<AdminUser>> usersRequest(String cursor) {
    return ApiRequest.<Page<AdminUser>>builder(HttpMethod.GET, "/admin/users", USER_PAGE)
        .queryParam("cursor", cursor)
        .build();
  }

  private static ApiRequest<ServiceSettings> updateRequest(ServiceId service, ServiceSettingsPatch patch) {
    Objects.requireNonNull(service, "service");
    if (service == ServiceId.UNKNOWN) {
      throw new IllegalArgumentException("ServiceId.UNKNOWN names no service to update");
    }
    return ApiRequest.builder(HttpMethod.PATCH, "/admin/services/{service}", ServiceSettings.class)
        .pathParam("service", service)
        .body(Objects.requireNonNull(patch, "patch"))
        .build();
  }
}
