package app.konqer.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.billing.BillingInterval;
import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.billing.Payment;
import app.konqer.sdk.billing.PaymentStatus;
import app.konqer.sdk.billing.PlanAccess;
import app.konqer.sdk.billing.PlanOffer;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.server.email.Emails;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dev-mode purchase over HTTP, as the quickstart makes it: a dev token, the plans, a checkout session, the
 * checkout page, the confirmation, and then the unlocked services, the subscription and the payment.
 */
class DevCheckoutFlowTest {
  private static final Type PLANS = Types.newParameterizedType(Page.class, PlanOffer.class);
  private static final Type SUBSCRIPTIONS = Types.newParameterizedType(Page.class, Subscription.class);
  private static final Type PAYMENTS = Types.newParameterizedType(Page.class, Payment.class);
  private static final Type SERVICES = Types.newParameterizedType(Page.class, UserService.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String URLS =
      "\"success_url\":\"https://crm.example.com/done?s={CHECKOUT_SESSION_ID}\",\"cancel_url\":\"https://crm.example.com/back\"";

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void theQuickstartBuysTheFoundingPlanWithoutStripe() {
    String token = server.http().post("/auth/dev-token", "application/json",
        "{\"email\":\"ada@example.com\",\"name\":\"Ada\"}").json(TokenSet.class).accessToken();

    List<PlanOffer> plans = server.http().get("/billing/plans").<Page<PlanOffer>>json(PLANS).data();
    assertThat(plans).extracting(PlanOffer::plan, PlanOffer::amountCents, PlanOffer::interval, PlanOffer::access)
        .containsExactly(
            tuple(Plan.FOUNDING, 69_900L, BillingInterval.YEAR, PlanAccess.ROLLING_UNLOCK),
            tuple(Plan.MONTHLY_SINGLE, 9_900L, BillingInterval.MONTH,
                PlanAccess.SINGLE_SERVICE),
            tuple(Plan.MONTHLY_BUNDLE, 39_900L, BillingInterval.MONTH,
                PlanAccess.ALL_SERVICES),
            tuple(Plan.ANNUAL_SINGLE, 99_000L, BillingInterval.YEAR,
                PlanAccess.SINGLE_SERVICE),
            tuple(Plan.ANNUAL_BUNDLE, 399_000L, BillingInterval.YEAR,
                PlanAccess.ALL_SERVICES));

    Reply opened = post("/checkout/founding", token, "founding-1", "{" + URLS + "}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    CheckoutSession session = opened.json(CheckoutSession.class);
    assertThat(session.sessionId()).startsWith("cs_dev_");
    assertThat(session.checkoutUrl()).isEqualTo(server.server().url() + "/checkout/dev/" + session.sessionId());
    assertThat(post("/checkout/founding", token, "founding-1", "{" + URLS + "}").json(CheckoutSession.class))
        .isEqualTo(session);

    Reply page = server.http().send(new Request.Builder().url(session.checkoutUrl()));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThat(page.body()).contains("Founding member (yearly)", "&euro;699.00", "Confirm purchase",
        "action=\"/checkout/dev/" + session.sessionId() + "/confirm\"", "href=\"https://crm.example.com/back\"");

    Instant purchase = server.clock().instant();
    Reply confirmed = confirm(session, "application/json");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    Subscription subscription = confirmed.json(Subscription.class);
    assertThat(subscription.plan()).isEqualTo(Plan.FOUNDING);
    assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(subscription.currentPeriodEnd()).isEqualTo(Instant.parse("2027-01-05T10:00:00Z"));

    Map<ServiceId, UserService> services = services(token);
    assertThat(services.values().stream().filter(UserService::unlocked).map(UserService::service))
        .containsExactlyInAnyOrder(ServiceId.COLD_DM, ServiceId.OBJECTION, ServiceId.CAROUSEL);
    assertThat(services.get(ServiceId.BATTLECARDS).unlocksAt()).isEqualTo(purchase.plus(Duration.ofDays(7)));
    assertThat(services.get(ServiceId.NO_SHOW_SHIELD).unlocksAt()).isEqualTo(purchase.plus(Duration.ofDays(28)));

    assertThat(server.http().get("/billing/subscriptions", token).<Page<Subscription>>json(SUBSCRIPTIONS).data())
        .containsExactly(subscription);
    List<Payment> payments = server.http().get("/billing/payments", token).<Page<Payment>>json(PAYMENTS).data();
    assertThat(payments).singleElement().satisfies(payment -> {
      assertThat(payment.amountCents()).isEqualTo(69_900);
      assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
      assertThat(payment.subscriptionId()).isEqualTo(subscription.id());
      assertThat(payment.description()).isEqualTo("Founding member (yearly)");
    });

    assertThat(confirm(session, "application/json").json(Subscription.class)).isEqualTo(subscription);
    assertThat(server.http().get("/billing/subscriptions", token).<Page<Subscription>>json(SUBSCRIPTIONS).data())
        .hasSize(1);
    assertThat(server.http().get("/billing/payments", token).<Page<Payment>>json(PAYMENTS).data()).hasSize(1);
    assertThat(new BillingRows(server.database()).emails(Emails.WELCOME, "ada@example.com")).isOne();
    assertThat(server.http().send(new Request.Builder().url(session.checkoutUrl())).body())
        .contains("This purchase is confirmed").doesNotContain("Confirm purchase");
  }

  @Test
  void aBrowserIsSentToTheSuccessUrlWithTheSessionId() throws Exception {
    String token = TestTokens.user("dev-browser");
    CheckoutSession session = post("/checkout/session", token, "browser-1",
        "{\"plan\":\"monthly_single\",\"service\":\"carousel\"," + URLS + "}").json(CheckoutSession.class);

    OkHttpClient browser = server.http().client().newBuilder().followRedirects(false).build();
    try (Response reply = browser.newCall(new Request.Builder().url(session.checkoutUrl() + "/confirm")
        .header("Accept", "text/html,application/xhtml+xml")
        .post(RequestBody.create("", MediaType.get("application/x-www-form-urlencoded"))).build()).execute()) {
      assertThat(reply.code()).isEqualTo(303);
      assertThat(reply.header("Location")).isEqualTo("https://crm.example.com/done?s=" + session.sessionId());
    }
    assertThat(services(token).get(ServiceId.CAROUSEL).unlocked()).isTrue();
  }

  @Test
  void aCoveredPlanIs409() {
    String token = TestTokens.user("dev-covered");
    confirm(post("/checkout/session", token, "covered-1", "{\"plan\":\"monthly_bundle\"," + URLS + "}")
        .json(CheckoutSession.class), "application/json");
    String single = TestTokens.user("dev-covered-single");
    confirm(post("/checkout/session", single, "single-1", "{\"plan\":\"annual_single\",\"service\":\"webinar\","
        + URLS + "}").json(CheckoutSession.class), "application/json");

    Reply founding = post("/checkout/founding", token, "covered-2", "{" + URLS + "}");
    Reply sameService = post("/checkout/session", single, "single-2",
        "{\"plan\":\"monthly_single\",\"service\":\"webinar\"," + URLS + "}");
    Reply otherService = post("/checkout/session", single, "single-3",
        "{\"plan\":\"monthly_single\",\"service\":\"cold-dm\"," + URLS + "}");

    assertThat(founding.status()).isEqualTo(409);
    assertThat(founding.problem().code()).isEqualTo("already_subscribed");
    assertThat(sameService.status()).isEqualTo(409);
    assertThat(sameService.problem().code()).isEqualTo("already_subscribed");
    assertThat(otherService.status()).isEqualTo(201);
  }

  @Test
  void ownersOfTwoSinglesAreOfferedTheBundle() {
    String token = TestTokens.user("dev-singles");
    confirm(post("/checkout/session", token, "s-1", "{\"plan\":\"monthly_single\",\"service\":\"cold-dm\"," + URLS
        + "}").json(CheckoutSession.class), "application/json");
    confirm(post("/checkout/session", token, "s-2", "{\"plan\":\"monthly_single\",\"service\":\"pitch-deck\"," + URLS
        + "}").json(CheckoutSession.class), "application/json");

    BillingRows rows = new BillingRows(server.database());
    assertThat(rows.emails(Emails.WELCOME, "dev-singles@example.com")).isEqualTo(2);
    assertThat(rows.emails(Emails.CROSS_SELL, "dev-singles@example.com")).isOne();
    assertThat(rows.emails(Emails.BUNDLE_OFFER, "dev-singles@example.com")).isOne();
  }

  @Test
  void anInvalidOrderIs422WithTheFieldsAtFault() {
    String token = TestTokens.user("dev-invalid");

    Reply noService = post("/checkout/session", token, "i-1", "{\"plan\":\"monthly_single\"," + URLS + "}");
    Reply bundleWithService = post("/checkout/session", token, "i-2",
        "{\"plan\":\"monthly_bundle\",\"service\":\"cold-dm\"," + URLS + "}");
    Reply badUrls = post("/checkout/session", token, "i-3",
        "{\"plan\":\"annual_bundle\",\"success_url\":\"ftp://x/y\",\"cancel_url\":\"/relative\"}");
    Reply unknownPlan = post("/checkout/session", token, "i-4", "{\"plan\":\"lifetime\"," + URLS + "}");

    assertThat(noService.status()).isEqualTo(422);
    assertThat(noService.problem().errors()).extracting(e -> e.field() + ": " + e.message())
        .containsExactly("service: is required for the monthly_single plan");
    assertThat(bundleWithService.problem().errors()).extracting(e -> e.field())
        .containsExactly("service");
    assertThat(badUrls.status()).isEqualTo(422);
    assertThat(badUrls.problem().errors()).extracting(e -> e.field()).containsExactly("cancel_url", "success_url");
    assertThat(unknownPlan.status()).isEqualTo(422);
    assertThat(unknownPlan.problem().errors()).extracting(e -> e.field()).containsExactly("plan");
  }

  @Test
  void aKeyReusedForAnotherOrderIs409AndABadKeyIs400() {
    String token = TestTokens.user("dev-reuse");
    post("/checkout/session", token, "reuse-1", "{\"plan\":\"monthly_bundle\"," + URLS + "}");

    Reply reused = post("/checkout/session", token, "reuse-1", "{\"plan\":\"annual_bundle\"," + URLS + "}");
    Reply tooLong = post("/checkout/session", token, "k".repeat(256), "{\"plan\":\"annual_bundle\"," + URLS + "}");

    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.problem().code()).isEqualTo("idempotency_key_reused");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.problem().code()).isEqualTo("invalid_idempotency_key");
  }

  @Test
  void cancelKeepsAccessUntilThePeriodEndAndIsRefusedForOtherUsers() {
    String token = TestTokens.user("dev-cancel");
    Subscription bought = confirm(post("/checkout/session", token, "c-1", "{\"plan\":\"monthly_bundle\"," + URLS
        + "}").json(CheckoutSession.class), "application/json").json(Subscription.class);

    Reply intruder = cancel(TestTokens.user("dev-cancel-intruder"), bought.id().toString());
    Reply canceled = cancel(token, bought.id().toString());

    assertThat(intruder.status()).isEqualTo(404);
    assertThat(canceled.status()).as(canceled.body()).isEqualTo(200);
    assertThat(canceled.json(Subscription.class).cancelAtPeriodEnd()).isTrue();
    assertThat(services(token).values()).allSatisfy(service -> assertThat(service.unlocked()).isTrue());
    BillingRows rows = new BillingRows(server.database());
    UUID userId = UUID.fromString(rows.text("SELECT user_id::text FROM subscriptions WHERE id = ?",
        bought.id()));
    assertThat(rows.openAt(userId, bought.currentPeriodEnd().minusSeconds(1))).hasSize(12);
    assertThat(rows.openAt(userId, bought.currentPeriodEnd())).isEmpty();

    Reply again = post("/checkout/session", token, "c-2", "{\"plan\":\"annual_bundle\"," + URLS + "}");
    assertThat(again.status()).as("a canceled subscription does not block a new purchase").isEqualTo(201);
    confirm(again.json(CheckoutSession.class), "application/json");
    assertThat(rows.openAt(userId, bought.currentPeriodEnd())).as("the new plan's access outlasts the old one's")
        .hasSize(12);
  }

  @Test
  void anUnknownDevSessionIs404() {
    assertThat(server.http().get("/checkout/dev/cs_dev_nothing").status()).isEqualTo(404);
    assertThat(server.http().post("/checkout/dev/cs_dev_nothing/confirm", null, "").status()).isEqualTo(404);
  }

  private static Reply post(String path, String token, String key, String body) {
    return server.http().send(server.http().request(path)
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", key)
        .post(RequestBody.create(body, JSON)));
  }

  private static Reply confirm(CheckoutSession session, String accept) {
    return server.http().send(new Request.Builder().url(session.checkoutUrl() + "/confirm")
        .header("Accept", accept)
        .post(RequestBody.create(new byte[0], null)));
  }

  private static Reply cancel(String token, String id) {
    return server.http().send(server.http().request("/billing/subscriptions/" + id + "/cancel")
        .header("Authorization", "Bearer " + token)
        .post(RequestBody.create(new byte[0], null)));
  }

  private static Map<ServiceId, UserService> services(String token) {
    return server.http().get("/user/services", token).<Page<UserService>>json(SERVICES).data().stream()
        .collect(Collectors.toMap(UserService::service, Function.identity()));
  }
}
