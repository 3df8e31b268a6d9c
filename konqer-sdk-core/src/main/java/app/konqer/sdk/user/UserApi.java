package app.konqer.sdk.user;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.HttpMethod;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import com.squareup.moshi.Types;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The signed-in user: {@code /user/me}, {@code /user/subscriptions} and {@code /user/services}. Obtain it from
 * {@link KonqerClient#user()}.
 *
 * <p>Each call comes in six forms: {@code me()}, {@code me(options)}, {@code meAsync()}, {@code meAsync(options)},
 * {@code meWithResponse(options)} (with status, headers, request id, attempts and elapsed time) and
 * {@code meWithResponseAsync(options)}. Lists arrive in the API's list envelope {@code {"data": [...]}} and are
 * returned as plain lists.
 */
public final class UserApi {
  private static final ApiRequest<UserProfile> ME = ApiRequest.get("/user/me", UserProfile.class).build();
  private static final ApiRequest<List<Subscription>> SUBSCRIPTIONS = ApiRequest
      .<Page<Subscription>>builder(HttpMethod.GET, "/user/subscriptions",
          Types.newParameterizedType(Page.class, Subscription.class))
      .build()
      .map(Page::data);
  private static final ApiRequest<List<UserService>> SERVICES = ApiRequest
      .<Page<UserService>>builder(HttpMethod.GET, "/user/services",
          Types.newParameterizedType(Page.class, UserService.class))
      .build()
      .map(Page::data);

  private final KonqerClient client;

  /**
   * Creates the API on a client. Applications call {@link KonqerClient#user()} instead.
   *
   * @param client the client to send with
   */
  public UserApi(KonqerClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * The signed-in user's profile.
   *
   * @return the profile
   */
  public UserProfile me() {
    return client.execute(ME);
  }

  /**
   * The signed-in user's profile.
   *
   * @param options per-call options
   * @return the profile
   */
  public UserProfile me(RequestOptions options) {
    return client.execute(ME.withOptions(options));
  }

  /**
   * The signed-in user's profile, without blocking.
   *
   * @return the profile, when it arrives
   */
  public CompletableFuture<UserProfile> meAsync() {
    return client.executeAsync(ME);
  }

  /**
   * The signed-in user's profile, without blocking.
   *
   * @param options per-call options
   * @return the profile, when it arrives
   */
  public CompletableFuture<UserProfile> meAsync(RequestOptions options) {
    return client.executeAsync(ME.withOptions(options));
  }

  /**
   * The signed-in user's profile, with the response metadata.
   *
   * @param options per-call options
   * @return the profile and the metadata
   */
  public ApiResponse<UserProfile> meWithResponse(RequestOptions options) {
    return client.executeWithResponse(ME.withOptions(options));
  }

  /**
   * The signed-in user's profile, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the profile and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<UserProfile>> meWithResponseAsync(RequestOptions options) {
    return client.executeWithResponseAsync(ME.withOptions(options));
  }

  /**
   * The user's subscriptions, newest first.
   *
   * @return the subscriptions; empty when there are none
   */
  public List<Subscription> subscriptions() {
    return client.execute(SUBSCRIPTIONS);
  }

  /**
   * The user's subscriptions, newest first.
   *
   * @param options per-call options
   * @return the subscriptions
   */
  public List<Subscription> subscriptions(RequestOptions options) {
    return client.execute(SUBSCRIPTIONS.withOptions(options));
  }

  /**
   * The user's subscriptions, without blocking.
   *
   * @return the subscriptions, when they arrive
   */
  public CompletableFuture<List<Subscription>> subscriptionsAsync() {
    return client.executeAsync(SUBSCRIPTIONS);
  }

  /**
   * The user's subscriptions, without blocking.
   *
   * @param options per-call options
   * @return the subscriptions, when they arrive
   */
  public CompletableFuture<List<Subscription>> subscriptionsAsync(RequestOptions options) {
    return client.executeAsync(SUBSCRIPTIONS.withOptions(options));
  }

  /**
   * The user's subscriptions, with the response metadata.
   *
   * @param options per-call options
   * @return the subscriptions and the metadata
   */
  public ApiResponse<List<Subscription>> subscriptionsWithResponse(RequestOptions options) {
    return client.executeWithResponse(SUBSCRIPTIONS.withOptions(options));
  }

  /**
   * The user's subscriptions, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the subscriptions and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<List<Subscription>>> subscriptionsWithResponseAsync(
      RequestOptions options) {
    return client.executeWithResponseAsync(SUBSCRIPTIONS.withOptions(options));
  }

  /**
   * All twelve services as the user sees them: unlocked or not, and when.
   *
   * @return the services
   */
  public List<UserService> services() {
    return client.execute(SERVICES);
  }

  /**
   * All twelve services as the user sees them.
   *
   * @param options per-call options
   * @return the services
   */
  public List<UserService> services(RequestOptions options) {
    return client.execute(SERVICES.withOptions(options));
  }

  /**
   * All twelve services as the user sees them, without blocking.
   *
   * @return the services, when they arrive
   */
  public CompletableFuture<List<UserService>> servicesAsync() {
    return client.executeAsync(SERVICES);
  }

  /**
   * All twelve services as the user sees them, without blocking.
   *
   * @param options per-call options
   * @return the services, when they arrive
   */
  public CompletableFuture<List<UserService>> servicesAsync(RequestOptions options) {
    return client.executeAsync(SERVICES.withOptions(options));
  }

  /**
   * All twelve services as the user sees them, with the response metadata.
   *
   * @param options per-call options
   * @return the services and the metadata
   */
  public ApiResponse<List<UserService>> servicesWithResponse(RequestOptions options) {
    return client.executeWithResponse(SERVICES.withOptions(options));
  }

  /**
   * All twelve services as the user sees them, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the services and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<List<UserService>>> servicesWithResponseAsync(RequestOptions options) {
    return client.executeWithResponseAsync(SERVICES.withOptions(options));
  }
}
