package app.konqer.server;

import static app.konqer.server.auth.Access.ADMIN;
import static app.konqer.server.auth.Access.PUBLIC;
import static app.konqer.server.auth.Access.USER;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.admin.AdminRoutes;
import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.auth.Authenticator;
import app.konqer.server.billing.BillingApi;
import app.konqer.server.generation.GenerationParts;
import app.konqer.server.generation.GenerationRepository;
import app.konqer.server.generation.GenerationRoutes;
import app.konqer.server.generation.GenerationService;
import app.konqer.server.generation.catalog.ServiceCatalog;
import app.konqer.server.generation.rules.ContractCheck;
import app.konqer.server.history.HistoryRoutes;
import app.konqer.server.http.AccessLog;
import app.konqer.server.http.ApiError;
import app.konqer.server.http.Bodies;
import app.konqer.server.http.ConnectionFootprint;
import app.konqer.server.http.JettyProblems;
import app.konqer.server.http.MoshiJsonMapper;
import app.konqer.server.http.Problems;
import app.konqer.server.http.RequestIds;
import app.konqer.server.http.RequestThreads;
import app.konqer.server.http.SecurityHeaders;
import app.konqer.server.idempotency.IdempotencyStore;
import app.konqer.server.limits.RequestLimits;
import app.konqer.server.operations.HealthCheck;
import app.konqer.server.operations.OpenApiDocument;
import app.konqer.server.quota.DailyQuota;
import app.konqer.server.user.KnownUsers;
import app.konqer.server.user.ServiceAccessRepository;
import app.konqer.server.user.SubscriptionRepository;
import app.konqer.server.user.UserRepository;
import app.konqer.server.user.UserRoutes;
import com.squareup.moshi.Moshi;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The Konqer HTTP API: one Javalin app made of the request pipeline every route shares and the route table. Each
 * route names its handler and its access rule ({@code PUBLIC}, {@code USER} or {@code ADMIN}); an app with a route
 * that names none fails to build.
 */
public final class KonqerApi {
  /** Most callers whose user row is remembered between requests. */
  private static final int KNOWN_USERS = 4_096;
  /** Javalin's copy buffer per response and Jetty's response buffer. */
  private static final int RESPONSE_BUFFER_BYTES = 8 * 1024;

  private KonqerApi() {}

  /**
   * Builds the app. It is not started.
   *
   * @param deps what the API is built from
   * @return the app
   */
  public static Javalin create(ApiDependencies deps) {
    return create(deps, config -> {});
  }

  /**
   * Builds the app with additions to the shared pipeline, such as the test kit's request recording and fault
   * switches. The additions are applied after the pipeline and before the routes: their {@code before} handlers run
   * once the request id is assigned and before authentication. Production never adds any.
   *
   * @param deps what the API is built from
   * @param additions changes to the app's configuration
   * @return the app, not started
   */
  public static Javalin create(ApiDependencies deps, Consumer<JavalinConfig> additions) {
    HealthCheck health = new HealthCheck(deps.database(), deps.version());
    OpenApiDocument openApi = OpenApiDocument.load();
    AuthRoutes auth = deps.auth();
    UserRoutes user = new UserRoutes(new SubscriptionRepository(deps.database()),
        new ServiceAccessRepository(deps.database()), deps.clock());
    GenerationRoutes services = generation(deps);
    BillingApi billing = BillingApi.create(deps.database(), deps.clock(), deps.billing());
    AdminRoutes admin = new AdminRoutes(deps.database(), deps.clock());
    HistoryRoutes history = new HistoryRoutes(deps.database(), KonqerJson.create());

    return Javalin.create(config -> {
      pipeline(config, deps);
      additions.accept(config);

      config.routes.get("/health", health::check, PUBLIC);
      config.routes.get("/health/live", health::live, PUBLIC);
      config.routes.get("/metrics", deps.metrics()::scrape, PUBLIC);
      config.routes.get("/openapi.yaml", openApi::serve, PUBLIC);

      if (auth.devMode()) {
        config.routes.post("/auth/dev-token", auth::devToken, PUBLIC);
        config.routes.get("/.well-known/jwks.json", auth::jwks, PUBLIC);
      }
      config.routes.post("/auth/exchange-token", auth::exchangeToken, PUBLIC);
      config.routes.post("/auth/refresh", auth::refresh, PUBLIC);

      config.routes.get("/user/me", user::me, USER);
      config.routes.get("/user/subscriptions", user::subscriptions, USER);
      config.routes.get("/user/services", user::services, USER);
      config.routes.get("/user/history", history::list, USER);
      config.routes.get("/user/history/{id}", history::get, USER);
      config.routes.get("/user/usage", services::usage, USER);

      config.routes.get("/services", services::catalog, PUBLIC);
      config.routes.post("/services/{service}/generate", services::generate, USER);

      config.routes.get("/billing/plans", billing.billing()::plans, PUBLIC);
      config.routes.post("/checkout/session", billing.checkout()::session, USER);
      config.routes.post("/checkout/founding", billing.checkout()::founding, USER);
      if (billing.devCheckout() != null) {
        config.routes.get("/checkout/dev/{session_id}", billing.devCheckout()::page, PUBLIC);
        config.routes.post("/checkout/dev/{session_id}/confirm", billing.devCheckout()::confirm, PUBLIC);
      }
      config.routes.post("/webhooks/stripe", billing.webhook()::handle, PUBLIC);
      config.routes.get("/billing/subscriptions", billing.billing()::subscriptions, USER);
      config.routes.post("/billing/subscriptions/{id}/cancel", billing.billing()::cancel, USER);
      config.routes.get("/billing/payments", billing.billing()::payments, USER);

      config.routes.get("/admin/metrics/mrr", admin::revenue, ADMIN);
      config.routes.get("/admin/metrics/generations", admin::generations, ADMIN);
      config.routes.get("/admin/users", admin::users, ADMIN);
      config.routes.get("/admin/services", admin::services, ADMIN);
      config.routes.patch("/admin/services/{service}", admin::updateService, ADMIN);
    });
  }

  /** The services: their table, the generation pipeline and its stores. */
  private static GenerationRoutes generation(ApiDependencies deps) {
    Moshi moshi = KonqerJson.create();
    GenerationParts parts = deps.generation();
    ServiceCatalog catalog = ServiceCatalog.standard(parts.prompts(), parts.writers(), parts.enricher(),
        parts.planner(), parts.canvaTemplateUrl());
    ContractCheck check = new ContractCheck(deps.validator());
    DailyQuota quota = new DailyQuota(deps.database(), deps.clock());
    GenerationRepository repository = new GenerationRepository(deps.database(), moshi);
    GenerationService pipeline = new GenerationService(deps.database(), repository, quota,
        new IdempotencyStore(deps.database(), deps.clock(), moshi), parts.generator(), check, deps.clock(), moshi);
    return new GenerationRoutes(catalog, pipeline, repository, quota, check);
  }

  /**
   * The request pipeline every route shares: the request threads (virtual where the JDK has them), request ids, the
   * per-IP and per-user rate limits, authentication by access rule, JSON and bodies, problem responses for every
   * failure, the access log and metrics, and a graceful stop.
   *
   * @param config the app's configuration
   * @param deps what the API is built from
   */
  public static void pipeline(JavalinConfig config, ApiDependencies deps) {
    Moshi moshi = KonqerJson.create();
    RequestLimits limits = new RequestLimits(deps.limits(), deps.clock());
    Authenticator authenticator = new Authenticator(deps.verifier(),
        new KnownUsers(new UserRepository(deps.database()), deps.clock(), KNOWN_USERS), limits::perUser);

    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = deps.maxBodyBytes();
    // Javalin copies each response through a buffer of this size, allocated per response (32 KiB by default);
    // responses are mostly a few KiB, and larger ones stream out in chunks of it.
    config.http.responseBufferSize = RESPONSE_BUFFER_BYTES;
    config.jsonMapper(new MoshiJsonMapper(moshi));
    RequestThreads.configure(config);
    ConnectionFootprint.configure(config);
    config.appData(Bodies.KEY, new Bodies(moshi, deps.validator(), deps.maxBodyBytes()));
    config.jetty.modifyServer(server -> {
      // On stop: refuse new requests with 503 and let in-flight ones finish within the grace period.
      server.setStopTimeout(deps.shutdownGrace().toMillis());
      server.insertHandler(new GracefulHandler());
      // Requests Jetty rejects before they reach the app (an ambiguous URI, oversized headers) get problems too.
      server.setErrorHandler(new JettyProblems(moshi));
    });
    config.events.handlerAdded(RouteTable::requireAccessRule);

    // Every request: an id first, then the per-IP rate limit; its metrics and one access-log line once the response
    // is complete.
    config.routes.before(RequestIds::assign);
    config.routes.before(SecurityHeaders::everyResponse);
    config.routes.before(limits::perIp);
    config.requestLogger.http(deps.metrics()::record);
    config.requestLogger.http(AccessLog::write);
    // Every matched route: its access rule, before its handler runs.
    config.routes.beforeMatched(authenticator::authenticate);

    // Every failure: an application/problem+json response.
    config.routes.exception(ApiError.class, Problems::onApiError);
    config.routes.exception(HttpResponseException.class, Problems::onHttpResponse);
    config.routes.exception(Exception.class, Problems::onUnexpected);
  }
}
