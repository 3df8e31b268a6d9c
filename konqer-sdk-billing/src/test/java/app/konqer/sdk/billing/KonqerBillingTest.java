package app.konqer.sdk.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.billing.testing.MockApi;
import app.konqer.sdk.error.ConflictException;
import app.konqer.sdk.error.NotFoundException;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.paging.Page;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class KonqerBillingTest extends MockApi {
  private static final UUID SUBSCRIPTION = UUID.fromString("6f1c1a8e-5d0c-4a8f-9a4e-0c8b8f5b2f10");
  private static final String SUBSCRIPTION_JSON = "{\"id\":\"" + SUBSCRIPTION + "\",\"plan\":\"founding\","
      + "\"status\":\"active\",\"current_period_start\":\"2026-01-05T10:00:00Z\","
      + "\"current_period_end\":\"2027-01-05T10:00:00Z\",\"cancel_at_period_end\":false,"
      + "\"created_at\":\"2026-01-05T10:00:00Z\"}";
  private static final String SESSION_JSON =
      "{\"checkout_url\":\"https://checkout.stripe.com/c/pay/cs_test_1\",\"session_id\":\"cs_test_1\"}";
  private static final CheckoutRequest SINGLE = CheckoutRequest.builder(Plan.MONTHLY_SINGLE)
      .service(ServiceId.COLD_DM)
      .successUrl("https://crm.example.com/ok?s={CHECKOUT_SESSION_ID}")
      .cancelUrl("https://crm.example.com/back")
      .build();

  @Test
  void plansNeedNoCredentialsAndSendNoToken() throws Exception {
    enqueue(200, "{\"data\":[{\"plan\":\"founding\",\"name\":\"Founding member\",\"amount_cents\":69900,"
        + "\"currency\":\"eur\",\"interval\":\"year\",\"access\":\"rolling_unlock\",\"requires_service\":false}]}");

    try (KonqerClient anonymous = anonymousBuilder().build()) {
      List<PlanOffer> plans = KonqerBilling.of(anonymous).plans();

      assertThat(plans).containsExactly(new PlanOffer(Plan.FOUNDING, "Founding member", 69_900, "eur",
          BillingInterval.YEAR, PlanAccess.ROLLING_UNLOCK, false));
    }
    RecordedRequest request = take();
    assertThat(request.getRequestLine()).isEqualTo("GET /billing/plans HTTP/1.1");
    assertThat(request.getHeader("Authorization")).isNull();
  }

  @Test
  void checkoutSendsTheOrderInSnakeCaseAndKeepsItsIdempotencyKeyAcrossRetries() throws Exception {
    enqueueProblem(503, "payment_provider_unavailable");
    enqueue(201, SESSION_JSON);

    CheckoutSession session = new KonqerBilling(client()).checkout(SINGLE);

    assertThat(session).isEqualTo(new CheckoutSession("https://checkout.stripe.com/c/pay/cs_test_1", "cs_test_1"));
    RecordedRequest first = take();
    RecordedRequest retry = take();
    assertThat(first.getRequestLine()).isEqualTo("POST /checkout/session HTTP/1.1");
    assertThat(first.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(first.getHeader("Content-Type")).startsWith("application/json");
    assertThat(first.getBody().readUtf8()).isEqualTo("{\"plan\":\"monthly_single\",\"service\":\"cold-dm\","
        + "\"success_url\":\"https://crm.example.com/ok?s={CHECKOUT_SESSION_ID}\","
        + "\"cancel_url\":\"https://crm.example.com/back\"}");
    assertThat(first.getHeader("Idempotency-Key")).isNotBlank();
    assertThat(retry.getHeader("Idempotency-Key")).isEqualTo(first.getHeader("Idempotency-Key"));
    assertThat(waits).hasSize(1);
  }

  @Test
  void eachCheckoutCallHasItsOwnKeyUnlessTheCallerGivesOne() throws Exception {
    enqueue(201, SESSION_JSON);
    enqueue(201, SESSION_JSON);
    enqueue(201, SESSION_JSON);
    KonqerBilling billing = KonqerBilling.of(client());
    RequestOptions order = RequestOptions.builder().idempotencyKey("crm-order-4711").build();

    billing.checkout(SINGLE);
    billing.checkout(SINGLE);
    billing.checkout(SINGLE, order);

    String firstKey = take().getHeader("Idempotency-Key");
    String secondKey = take().getHeader("Idempotency-Key");
    assertThat(secondKey).isNotEqualTo(firstKey);
    assertThat(take().getHeader("Idempotency-Key")).isEqualTo("crm-order-4711");
  }

  @Test
  void foundingCheckoutPostsTheReturnUrls() throws Exception {
    enqueue(201, SESSION_JSON);

    CheckoutSession session = KonqerBilling.of(client()).checkoutFoundingAsync(
        new FoundingCheckoutRequest("https://crm.example.com/ok", "https://crm.example.com/back"))
        .get(5, TimeUnit.SECONDS);

    assertThat(session.sessionId()).isEqualTo("cs_test_1");
    RecordedRequest request = take();
    assertThat(request.getRequestLine()).isEqualTo("POST /checkout/founding HTTP/1.1");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("{\"success_url\":\"https://crm.example.com/ok\",\"cancel_url\":\"https://crm.example.com/back\"}");
    assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
  }

  @Test
  void anAlreadySubscribedBuyerGetsAConflictWithItsCodeAndNoRetry() {
    enqueueProblem(409, "already_subscribed");

    assertThatThrownBy(() -> KonqerBilling.of(client()).checkout(SINGLE))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("already_subscribed");
          assertThat(e.detail()).isEqualTo("detail of already_subscribed");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void subscriptionsUnwrapTheListAndCancelPostsToTheSubscription() throws Exception {
    enqueue(200, "{\"data\":[" + SUBSCRIPTION_JSON + "]}");
    enqueue(200, SUBSCRIPTION_JSON.replace("\"cancel_at_period_end\":false", "\"cancel_at_period_end\":true"));
    KonqerBilling billing = KonqerBilling.of(client());

    List<Subscription> subscriptions = billing.subscriptions();
    ApiResponse<Subscription> canceled = billing.cancelWithResponse(SUBSCRIPTION, RequestOptions.none());

    assertThat(subscriptions).singleElement().satisfies(subscription -> {
      assertThat(subscription.plan()).isEqualTo(Plan.FOUNDING);
      assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
      assertThat(subscription.currentPeriodEnd()).isEqualTo(Instant.parse("2027-01-05T10:00:00Z"));
    });
    assertThat(canceled.status()).isEqualTo(200);
    assertThat(canceled.value().cancelAtPeriodEnd()).isTrue();
    assertThat(take().getRequestLine()).isEqualTo("GET /billing/subscriptions HTTP/1.1");
    RecordedRequest cancel = take();
    assertThat(cancel.getRequestLine()).isEqualTo("POST /billing/subscriptions/" + SUBSCRIPTION + "/cancel HTTP/1.1");
    assertThat(cancel.getBodySize()).isZero();
    assertThat(cancel.getHeader("Idempotency-Key")).isNotBlank();
  }

  @Test
  void anotherUsersSubscriptionIsNotFound() {
    enqueueProblem(404, "not_found");

    assertThatThrownBy(() -> KonqerBilling.of(client()).cancel(SUBSCRIPTION))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
  }

  @Test
  void paymentsArePagedLazilyByCursor() throws Exception {
    enqueue(200, "{\"data\":[" + payment(1) + "," + payment(2) + "],\"next_cursor\":\"c/2+\"}");
    enqueue(200, "{\"data\":[" + payment(3) + "]}");

    Iterator<Payment> payments = KonqerBilling.of(client()).payments().iterator();
    assertThat(server.getRequestCount()).isZero();

    assertThat(payments.next().amountCents()).isEqualTo(1);
    assertThat(payments.next().amountCents()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(payments.next()).satisfies(payment -> {
      assertThat(payment.amountCents()).isEqualTo(3);
      assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
      assertThat(payment.description()).isEqualTo("Founding member (yearly)");
    });
    assertThat(payments.hasNext()).isFalse();
    assertThat(take().getPath()).isEqualTo("/billing/payments");
    assertThat(take().getPath()).isEqualTo("/billing/payments?cursor=c%2F2%2B");
  }

  @Test
  void aSinglePaymentsPageCarriesItsCursor() throws Exception {
    enqueue(200, "{\"data\":[" + payment(7) + "],\"next_cursor\":\"next\"}");

    Page<Payment> page = KonqerBilling.of(client()).paymentsPage("abc");

    assertThat(page.data()).extracting(Payment::amountCents).containsExactly(7L);
    assertThat(page.nextCursor()).isEqualTo("next");
    assertThat(take().getPath()).isEqualTo("/billing/payments?cursor=abc");
  }

  @Test
  void aDevCheckoutIsConfirmedWithoutATokenAskingForJson() throws Exception {
    enqueue(200, SUBSCRIPTION_JSON);

    Subscription subscription = KonqerBilling.of(client())
        .confirmDevCheckout(new CheckoutSession("http://localhost:8080/checkout/dev/cs_dev_ab12", "cs_dev_ab12"));

    assertThat(subscription.id()).isEqualTo(SUBSCRIPTION);
    RecordedRequest request = take();
    assertThat(request.getRequestLine()).isEqualTo("POST /checkout/dev/cs_dev_ab12/confirm HTTP/1.1");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("Authorization")).isNull();
  }

  @Test
  void aSessionIdCannotEscapeItsPathSegment() throws Exception {
    enqueueProblem(404, "not_found");

    assertThatThrownBy(() -> KonqerBilling.of(client()).confirmDevCheckout("../../billing/plans"))
        .isInstanceOf(NotFoundException.class);
    assertThat(take().getPath()).isEqualTo("/checkout/dev/..%2F..%2Fbilling%2Fplans/confirm");
  }

  private static String payment(long amount) {
    return "{\"id\":\"" + new UUID(0, amount) + "\",\"subscription_id\":\"" + SUBSCRIPTION + "\",\"amount_cents\":"
        + amount + ",\"currency\":\"eur\",\"status\":\"succeeded\",\"description\":\"Founding member (yearly)\","
        + "\"created_at\":\"2026-01-05T10:00:00Z\"}";
  }
}
