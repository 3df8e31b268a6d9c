package app.konqer.sdk.billing;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.HttpMethod;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.paging.AutoPager;
import app.konqer.sdk.paging.Page;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Konqer billing on a {@link KonqerClient}: the plans on sale, checkout, and the signed-in user's subscriptions and
 * payments.
 *
 * <pre>{@code
 * KonqerBilling billing = KonqerBilling.of(client);
 * List<PlanOffer> plans = billing.plans();
 * CheckoutSession session = billing.checkout(CheckoutRequest.builder(Plan.MONTHLY_SINGLE)
 *     .service(ServiceId.COLD_DM)
 *     .successUrl("https://crm.example.com/konqer/done?session={CHECKOUT_SESSION_ID}")
 *     .cancelUrl("https://crm.example.com/konqer/plans")
 *     .build());
 * // Send the buyer's browser to session.checkoutUrl(). Once they have paid:
 * for (Payment payment : billing.payments()) {
 *   ledger.record(payment.id(), payment.amountCents(), payment.status());
 * }
 * }</pre>
 *
 * <p>Each call comes in six forms, as in {@code plans}: {@code plans()}, {@code plans(options)},
 * {@code plansAsync()}, {@code plansAsync(options)}, {@code plansWithResponse(options)} and
 * {@code plansWithResponseAsync(options)}. Bounded lists are returned as {@link List}s; the keyset-paged payments as
 * an {@link AutoPager}, or a page at a time with {@code paymentsPage(cursor)}.
 *
 * <p>Checkout is safe to retry: every call sends an {@code Idempotency-Key}, the same on each attempt, and the server
 * answers a repeated key with the same session. To make a retry after a crash or a restart return the same session,
 * pass your own key, such as your order id, with {@link RequestOptions.Builder#idempotencyKey(String)}.
 *
 * <p>Thread-safe, and as cheap to create as the client it wraps.
 */
public final class KonqerBilling {
  private static final Type PLAN_PAGE = Types.newParameterizedType(Page.class, PlanOffer.class);
  private static final Type SUBSCRIPTION_PAGE = Types.newParameterizedType(Page.class, Subscription.class);
  private static final Type PAYMENT_PAGE = Types.newParameterizedType(Page.class, Payment.class);
  private static final ApiRequest<List<PlanOffer>> PLANS = ApiRequest
      .<Page<PlanOffer>>builder(HttpMethod.GET, "/billing/plans", PLAN_PAGE)
      .authenticated(false)
      .build()
      .map(Page::data);
  private static final ApiRequest<List<Subscription>> SUBSCRIPTIONS = ApiRequest
      .<Page<Subscription>>builder(HttpMethod.GET, "/billing/subscriptions", SUBSCRIPTION_PAGE)
      .build()
      .map(Page::data);

  private final KonqerClient client;

  /**
   * Creates billing on a client.
   *
   * @param client the client to send with
   */
  public KonqerBilling(KonqerClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Billing on a client.
   *
   * @param client the client to send with
   * @return billing that sends with {@code client}
   */
  public static KonqerBilling of(KonqerClient client) {
    return new KonqerBilling(client);
  }

  // ---- GET /billing/plans ----

  /**
   * The five plans on sale ({@code GET /billing/plans}). Needs no credentials: the request carries no token, so it
   * works on a client built without any.
   *
   * @return the plans, founding first
   */
  public List<PlanOffer> plans() {
    return client.execute(PLANS);
  }

  /**
   * The five plans on sale.
   *
   * @param options per-call options
   * @return the plans
   */
  public List<PlanOffer> plans(RequestOptions options) {
    return client.execute(PLANS.withOptions(options));
  }

  /**
   * The five plans on sale, without blocking.
   *
   * @return the plans, when they arrive
   */
  public CompletableFuture<List<PlanOffer>> plansAsync() {
    return client.executeAsync(PLANS);
  }

  /**
   * The five plans on sale, without blocking.
   *
   * @param options per-call options
   * @return the plans, when they arrive
   */
  public CompletableFuture<List<PlanOffer>> plansAsync(RequestOptions options) {
    return client.executeAsync(PLANS.withOptions(options));
  }

  /**
   * The five plans on sale, with the response metadata.
   *
   * @param options per-call options
   * @return the plans and the metadata
   */
  public ApiResponse<List<PlanOffer>> plansWithResponse(RequestOptions options) {
    return client.executeWithResponse(PLANS.withOptions(options));
  }

  /**
   * The five plans on sale, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the plans and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<List<PlanOffer>>> plansWithResponseAsync(RequestOptions options) {
    return client.executeWithResponseAsync(PLANS.withOptions(options));
  }

  // ---- POST /checkout/session ----

  /**
   * Opens a checkout session for a plan ({@code POST /checkout/session}). Send the buyer's browser to
   * {@link CheckoutSession#checkoutUrl()}; the subscription exists once they have paid.
   *
   * @param request the plan, its service for single-service plans, and the return URLs
   * @return the session
   * @throws app.konqer.sdk.error.ConflictException {@code already_subscribed} when a bundle, the founding plan or the
   *     same single service is already in force
   */
  public CheckoutSession checkout(CheckoutRequest request) {
    return client.execute(checkoutRequest(request));
  }

  /**
   * Opens a checkout session for a plan.
   *
   * @param request the order
   * @param options per-call options, such as your own idempotency key
   * @return the session
   */
  public CheckoutSession checkout(CheckoutRequest request, RequestOptions options) {
    return client.execute(checkoutRequest(request).withOptions(options));
  }

  /**
   * Opens a checkout session for a plan, without blocking.
   *
   * @param request the order
   * @return the session, when it arrives
   */
  public CompletableFuture<CheckoutSession> checkoutAsync(CheckoutRequest request) {
    return client.executeAsync(checkoutRequest(request));
  }

  /**
   * Opens a checkout session for a plan, without blocking.
   *
   * @param request the order
   * @param options per-call options
   * @return the session, when it arrives
   */
  public CompletableFuture<CheckoutSession> checkoutAsync(CheckoutRequest request, RequestOptions options) {
    return client.executeAsync(checkoutRequest(request).withOptions(options));
  }

  /**
   * Opens a checkout session for a plan, with the response metadata.
   *
   * @param request the order
   * @param options per-call options
   * @return the session and the metadata
   */
  public ApiResponse<CheckoutSession> checkoutWithResponse(CheckoutRequest request, RequestOptions options) {
    return client.executeWithResponse(checkoutRequest(request).withOptions(options));
  }

  /**
   * Opens a checkout session for a plan, with the response metadata, without blocking.
   *
   * @param request the order
   * @param options per-call options
   * @return the session and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<CheckoutSession>> checkoutWithResponseAsync(
      CheckoutRequest request, RequestOptions options) {
    return client.executeWithResponseAsync(checkoutRequest(request).withOptions(options));
  }

  // ---- POST /checkout/founding ----

  /**
   * Opens a checkout session for the founding plan ({@code POST /checkout/founding}): 699 EUR a year, three services
   * at once and the other nine over four weeks.
   *
   * @param request the return URLs
   * @return the session
   * @throws app.konqer.sdk.error.ConflictException {@code already_subscribed} when a bundle or the founding plan is
   *     already in force
   */
  public CheckoutSession checkoutFounding(FoundingCheckoutRequest request) {
    return client.execute(foundingRequest(request));
  }

  /**
   * Opens a checkout session for the founding plan.
   *
   * @param request the return URLs
   * @param options per-call options, such as your own idempotency key
   * @return the session
   */
  public CheckoutSession checkoutFounding(FoundingCheckoutRequest request, RequestOptions options) {
    return client.execute(foundingRequest(request).withOptions(options));
  }

  /**
   * Opens a checkout session for the founding plan, without blocking.
   *
   * @param request the return URLs
   * @return the session, when it arrives
   */
  public CompletableFuture<CheckoutSession> checkoutFoundingAsync(FoundingCheckoutRequest request) {
    return client.executeAsync(foundingRequest(request));
  }

  /**
   * Opens a checkout session for the founding plan, without blocking.
   *
   * @param request the return URLs
   * @param options per-call options
   * @return the session, when it arrives
   */
  public CompletableFuture<CheckoutSession> checkoutFoundingAsync(
      FoundingCheckoutRequest request, RequestOptions options) {
    return client.executeAsync(foundingRequest(request).withOptions(options));
  }

  /**
   * Opens a checkout session for the founding plan, with the response metadata.
   *
   * @param request the return URLs
   * @param options per-call options
   * @return the session and the metadata
   */
  public ApiResponse<CheckoutSession> checkoutFoundingWithResponse(
      FoundingCheckoutRequest request, RequestOptions options) {
    return client.executeWithResponse(foundingRequest(request).withOptions(options));
  }

  /**
   * Opens a checkout session for the founding plan, with the response metadata, without blocking.
   *
   * @param request the return URLs
   * @param options per-call options
   * @return the session and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<CheckoutSession>> checkoutFoundingWithResponseAsync(
      FoundingCheckoutRequest request, RequestOptions options) {
    return client.executeWithResponseAsync(foundingRequest(request).withOptions(options));
  }

  // ---- POST /checkout/dev/{session_id}/confirm ----

  /**
   * Completes a checkout on a reference server in dev mode, as the buyer's click on the dev checkout page would, and
   * returns the subscription it created. This lets a quickstart or a test buy a plan with no browser and no Stripe
   * account. Confirming again returns the same subscription.
   *
   * <p>Works only against a reference server in dev mode (no Stripe key); any other server answers 404. With real
   * Stripe, the subscription appears once the buyer has paid on Stripe's page.
   *
   * @param session a session from {@link #checkout(CheckoutRequest)} or {@link #checkoutFounding}
   * @return the new subscription
   */
  public Subscription confirmDevCheckout(CheckoutSession session) {
    return confirmDevCheckout(Objects.requireNonNull(session, "session").sessionId());
  }

  /**
   * Completes a dev-mode checkout by its session id ({@code POST /checkout/dev/{session_id}/confirm}, sent without a
   * token and with {@code Accept: application/json}). Dev mode only; see {@link #confirmDevCheckout(CheckoutSession)}.
   *
   * @param sessionId the session id, such as {@code cs_dev_...}
   * @return the new subscription
   * @throws app.konqer.sdk.error.NotFoundException when the server has no such session or is not in dev mode
   */
  public Subscription confirmDevCheckout(String sessionId) {
    return client.execute(confirmRequest(sessionId));
  }

  /**
   * Completes a dev-mode checkout by its session id.
   *
   * @param sessionId the session id
   * @param options per-call options
   * @return the new subscription
   */
  public Subscription confirmDevCheckout(String sessionId, RequestOptions options) {
    return client.execute(confirmRequest(sessionId).withOptions(options));
  }

  /**
   * Completes a dev-mode checkout by its session id, without blocking.
   *
   * @param sessionId the session id
   * @return the new subscription, when it arrives
   */
  public CompletableFuture<Subscription> confirmDevCheckoutAsync(String sessionId) {
    return client.executeAsync(confirmRequest(sessionId));
  }

  /**
   * Completes a dev-mode checkout by its session id, without blocking.
   *
   * @param sessionId the session id
   * @param options per-call options
   * @return the new subscription, when it arrives
   */
  public CompletableFuture<Subscription> confirmDevCheckoutAsync(String sessionId, RequestOptions options) {
    return client.executeAsync(confirmRequest(sessionId).withOptions(options));
  }

  /**
   * Completes a dev-mode checkout by its session id, with the response metadata.
   *
   * @param sessionId the session id
   * @param options per-call options
   * @return the new subscription and the metadata
   */
  public ApiResponse<Subscription> confirmDevCheckoutWithResponse(String sessionId, RequestOptions options) {
    return client.executeWithResponse(confirmRequest(sessionId).withOptions(options));
  }

  /**
   * Completes a dev-mode checkout by its session id, with the response metadata, without blocking.
   *
   * @param sessionId the session id
   * @param options per-call options
   * @return the new subscription and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<Subscription>> confirmDevCheckoutWithResponseAsync(
      String sessionId, RequestOptions options) {
    return client.executeWithResponseAsync(confirmRequest(sessionId).withOptions(options));
  }

  // ---- GET /billing/subscriptions ----

  /**
   * The signed-in user's subscriptions, newest first, whatever their status ({@code GET /billing/subscriptions}).
   *
   * @return the subscriptions; empty when there are none
   */
  public List<Subscription> subscriptions() {
    return client.execute(SUBSCRIPTIONS);
  }

  /**
   * The signed-in user's subscriptions, newest first.
   *
   * @param options per-call options
   * @return the subscriptions
   */
  public List<Subscription> subscriptions(RequestOptions options) {
    return client.execute(SUBSCRIPTIONS.withOptions(options));
  }

  /**
   * The signed-in user's subscriptions, without blocking.
   *
   * @return the subscriptions, when they arrive
   */
  public CompletableFuture<List<Subscription>> subscriptionsAsync() {
    return client.executeAsync(SUBSCRIPTIONS);
  }

  /**
   * The signed-in user's subscriptions, without blocking.
   *
   * @param options per-call options
   * @return the subscriptions, when they arrive
   */
  public CompletableFuture<List<Subscription>> subscriptionsAsync(RequestOptions options) {
    return client.executeAsync(SUBSCRIPTIONS.withOptions(options));
  }

  /**
   * The signed-in user's subscriptions, with the response metadata.
   *
   * @param options per-call options
   * @return the subscriptions and the metadata
   */
  public ApiResponse<List<Subscription>> subscriptionsWithResponse(RequestOptions options) {
    return client.executeWithResponse(SUBSCRIPTIONS.withOptions(options));
  }

  /**
   * The signed-in user's subscriptions, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the subscriptions and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<List<Subscription>>> subscriptionsWithResponseAsync(
      RequestOptions options) {
    return client.executeWithResponseAsync(SUBSCRIPTIONS.withOptions(options));
  }

  // ---- POST /billing/subscriptions/{id}/cancel ----

  /**
   * Cancels a subscription at the end of its current period ({@code POST /billing/subscriptions/{id}/cancel}). Access
   * lasts until then. Canceling again changes nothing and returns the subscription as it is.
   *
   * @param subscriptionId the subscription
   * @return the subscription, with {@link Subscription#cancelAtPeriodEnd()} set
   * @throws app.konqer.sdk.error.NotFoundException when the user has no subscription with this id
   */
  public Subscription cancel(UUID subscriptionId) {
    return client.execute(cancelRequest(subscriptionId));
  }

  /**
   * Cancels a subscription at the end of its current period.
   *
   * @param subscriptionId the subscription
   * @param options per-call options
   * @return the subscription
   */
  public Subscription cancel(UUID subscriptionId, RequestOptions options) {
    return client.execute(cancelRequest(subscriptionId).withOptions(options));
  }

  /**
   * Cancels a subscription at the end of its current period, without blocking.
   *
   * @param subscriptionId the subscription
   * @return the subscription, when it arrives
   */
  public CompletableFuture<Subscription> cancelAsync(UUID subscriptionId) {
    return client.executeAsync(cancelRequest(subscriptionId));
  }

  /**
   * Cancels a subscription at the end of its current period, without blocking.
   *
   * @param subscriptionId the subscription
   * @param options per-call options
   * @return the subscription, when it arrives
   */
  public CompletableFuture<Subscription> cancelAsync(UUID subscriptionId, RequestOptions options) {
    return client.executeAsync(cancelRequest(subscriptionId).withOptions(options));
  }

  /**
   * Cancels a subscription at the end of its current period, with the response metadata.
   *
   * @param subscriptionId the subscription
   * @param options per-call options
   * @return the subscription and the metadata
   */
  public ApiResponse<Subscription> cancelWithResponse(UUID subscriptionId, RequestOptions options) {
    return client.executeWithResponse(cancelRequest(subscriptionId).withOptions(options));
  }

  /**
   * Cancels a subscription at the end of its current period, with the response metadata, without blocking.
   *
   * @param subscriptionId the subscription
   * @param options per-call options
   * @return the subscription and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<Subscription>> cancelWithResponseAsync(
      UUID subscriptionId, RequestOptions options) {
    return client.executeWithResponseAsync(cancelRequest(subscriptionId).withOptions(options));
  }

  // ---- GET /billing/payments ----

  /**
   * All of the signed-in user's payments, newest first ({@code GET /billing/payments}). Pages are fetched as the
   * iteration reaches them; nothing is fetched before the first {@code hasNext()}.
   *
   * @return a pager over the payments
   */
  public AutoPager<Payment> payments() {
    return payments(RequestOptions.none());
  }

  /**
   * All of the signed-in user's payments, newest first.
   *
   * @param options per-call options, applied to each page's request
   * @return a pager over the payments
   */
  public AutoPager<Payment> payments(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return AutoPager.of(cursor -> client.execute(paymentsRequest(cursor).withOptions(options)));
  }

  /**
   * One page of the signed-in user's payments, newest first.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @return the page
   */
  public Page<Payment> paymentsPage(String cursor) {
    return client.execute(paymentsRequest(cursor));
  }

  /**
   * One page of the signed-in user's payments.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @param options per-call options
   * @return the page
   */
  public Page<Payment> paymentsPage(String cursor, RequestOptions options) {
    return client.execute(paymentsRequest(cursor).withOptions(options));
  }

  /**
   * One page of the signed-in user's payments, without blocking.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @return the page, when it arrives
   */
  public CompletableFuture<Page<Payment>> paymentsPageAsync(String cursor) {
    return client.executeAsync(paymentsRequest(cursor));
  }

  /**
   * One page of the signed-in user's payments, without blocking.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @param options per-call options
   * @return the page, when it arrives
   */
  public CompletableFuture<Page<Payment>> paymentsPageAsync(String cursor, RequestOptions options) {
    return client.executeAsync(paymentsRequest(cursor).withOptions(options));
  }

  /**
   * One page of the signed-in user's payments, with the response metadata.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @param options per-call options
   * @return the page and the metadata
   */
  public ApiResponse<Page<Payment>> paymentsPageWithResponse(String cursor, RequestOptions options) {
    return client.executeWithResponse(paymentsRequest(cursor).withOptions(options));
  }

  /**
   * One page of the signed-in user's payments, with the response metadata, without blocking.
   *
   * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
   * @param options per-call options
   * @return the page and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<Page<Payment>>> paymentsPageWithResponseAsync(
      String cursor, RequestOptions options) {
    return client.executeWithResponseAsync(paymentsRequest(cursor).withOptions(options));
  }

  private static ApiRequest<CheckoutSession> checkoutRequest(CheckoutRequest request) {
    return ApiRequest.post("/checkout/session", CheckoutSession.class)
        .body(Objects.requireNonNull(request, "request"))
        .build();
  }

  private static ApiRequest<CheckoutSession> foundingRequest(FoundingCheckoutRequest request) {
    return ApiRequest.post("/checkout/founding", CheckoutSession.class)
        .body(Objects.requireNonNull(request, "request"))
        .build();
  }

  private static ApiRequest<Subscription> confirmRequest(String sessionId) {
    return ApiRequest.post("/checkout/dev/{session_id}/confirm", Subscription.class)
        .pathParam("session_id", Objects.requireNonNull(sessionId, "sessionId"))
        .authenticated(false)
        .build();
  }

  private static ApiRequest<Subscription> cancelRequest(UUID subscriptionId) {
    return ApiRequest.post("/billing/subscriptions/{id}/cancel", Subscription.class)
        .pathParam("id", Objects.requireNonNull(subscriptionId, "subscriptionId"))
        .build();
  }

  private static ApiRequest<Page<Payment>> paymentsRequest(String cursor) {
    return ApiRequest.<Page<Payment>>builder(HttpMethod.GET, "/billing/payments", PAYMENT_PAGE)
        .queryParam("cursor", cursor)
        .build();
  }
}
