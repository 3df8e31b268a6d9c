package app.konqer.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.UserProfile;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Checkout and cancellation through stripe-java, against a local stand-in for the Stripe API. */
class StripeCheckoutTest {
  private static final String SECRET_KEY = "sk_test_konqer";
  private static final Map<Plan, String> PRICES = Map.of(
      Plan.FOUNDING, "price_founding",
      Plan.MONTHLY_SINGLE, "price_monthly_single",
      Plan.MONTHLY_BUNDLE, "price_monthly_bundle",
      Plan.ANNUAL_SINGLE, "price_annual_single",
      Plan.ANNUAL_BUNDLE, "price_annual_bundle");
  private static final String SUCCESS = "https://crm.example.com/konqer/success?session={CHECKOUT_SESSION_ID}";
  private static final String CANCEL = "https://crm.example.com/konqer/cancel";

  private static final MockWebServer stripe = new MockWebServer();

  @RegisterExtension
  static final TestServer server = TestServer.api().billing(BillingSetup.stripe(
      BillingSetup.stripeClient(SECRET_KEY, stripe.url("/").uri()), TestServer.WEBHOOK_SECRET, PRICES));

  @AfterAll
  static void stopStripe() throws Exception {
    stripe.shutdown();
  }

  @Test
  void aCheckoutSessionCarriesThePlanTheUserAndTheClientsKey() throws Exception {
    UUID user = user("st-single");
    stripe.enqueue(session("cs_test_single"));

    Reply reply = checkout("st-single", "key-1",
        "{\"plan\":\"monthly_single\",\"service\":\"cold-dm\",\"success_url\":\"" + SUCCESS + "\",\"cancel_url\":\""
            + CANCEL + "\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json(CheckoutSession.class)).isEqualTo(
        new CheckoutSession("https://checkout.stripe.com/c/pay/cs_test_single", "cs_test_single"));
    RecordedRequest request = stripe.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v1/checkout/sessions");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + SECRET_KEY);
    assertThat(request.getHeader("Idempotency-Key")).isEqualTo("checkout:" + user + ":" + IdempotencyKeys.sha256("key-1"));
    assertThat(form(request)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("mode", "subscription"),
        Map.entry("line_items[0][price]", "price_monthly_single"),
        Map.entry("line_items[0][quantity]", "1"),
        Map.entry("client_reference_id", user.toString()),
        Map.entry("metadata[user_id]", user.toString()),
        Map.entry("metadata[plan]", "monthly_single"),
        Map.entry("metadata[service]", "cold-dm"),
        Map.entry("subscription_data[metadata][user_id]", user.toString()),
        Map.entry("subscription_data[metadata][plan]", "monthly_single"),
        Map.entry("subscription_data[metadata][service]", "cold-dm"),
        Map.entry("customer_email", "st-single@example.com"),
        Map.entry("success_url", SUCCESS),
        Map.entry("cancel_url", CANCEL)));
  }

  @Test
  void aRetryWithTheSameKeyReplaysTheSessionWithoutAskingStripeAgainAndANewKeyIsANewStripeRequest()
      throws Exception {
    user("st-retry");
    String body = "{\"plan\":\"annual_bundle\",\"success_url\":\"" + SUCCESS + "\",\"cancel_url\":\"" + CANCEL + "\"}";
    stripe.enqueue(session("cs_test_retry"));
    stripe.enqueue(session("cs_test_other"));

    Reply first = checkout("st-retry", "retry-key", body);
    Reply retry = checkout("st-retry", "retry-key", body);
    Reply other = checkout("st-retry", "other-key", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json(CheckoutSession.class)).isEqualTo(first.json(CheckoutSession.class));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(other.json(CheckoutSession.class).sessionId()).isEqualTo("cs_test_other");
    String firstKey = stripe.takeRequest(5, TimeUnit.SECONDS).getHeader("Idempotency-Key");
    String otherKey = stripe.takeRequest(5, TimeUnit.SECONDS).getHeader("Idempotency-Key");
    assertThat(otherKey).isNotEqualTo(firstKey).startsWith("checkout:");
  }

  @Test
  void aKnownCustomerIsReusedAndTheFoundingShortcutNamesItsPlan() throws Exception {
    UUID user = user("st-known");
    new BillingRows(server.database()).count(
        "WITH u AS (UPDATE users SET stripe_customer_id = 'cus_known' WHERE id = ? RETURNING 1) SELECT count(*) FROM u",
        user);
    stripe.enqueue(session("cs_test_founding"));

    Reply reply = server.http().send(server.http().request("/checkout/founding")
        .header("Authorization", "Bearer " + TestTokens.user("st-known"))
        .post(okhttp3.RequestBody.create("{\"success_url\":\"" + SUCCESS + "\",\"cancel_url\":\"" + CANCEL + "\"}",
            okhttp3.MediaType.get("application/json"))));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    Map<String, String> form = form(stripe.takeRequest(5, TimeUnit.SECONDS));
    assertThat(form).containsEntry("customer", "cus_known")
        .containsEntry("line_items[0][price]", "price_founding")
        .containsEntry("metadata[plan]", "founding")
        .doesNotContainKeys("customer_email", "metadata[service]");
  }

  @Test
  void aRefusalByStripeIs502AndAReusedKeyIs409() throws Exception {
    user("st-refused");
    String body = "{\"plan\":\"monthly_bundle\",\"success_url\":\"" + SUCCESS + "\",\"cancel_url\":\"" + CANCEL + "\"}";
    stripe.enqueue(error(400, "invalid_request_error", "No such price: 'price_monthly_bundle'"));
    stripe.enqueue(error(400, "idempotency_error", "Keys for idempotent requests can only be used with the same"
        + " parameters they were first used with."));

    Reply refused = checkout("st-refused", "refused-1", body);
    Reply reused = checkout("st-refused", "refused-2", body);

    assertThat(refused.status()).isEqualTo(502);
    assertThat(refused.problem().code()).isEqualTo("payment_provider_error");
    assertThat(refused.body()).doesNotContain("price_monthly_bundle", SECRET_KEY);
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.problem().code()).isEqualTo("idempotency_key_reused");
    stripe.takeRequest(5, TimeUnit.SECONDS);
    stripe.takeRequest(5, TimeUnit.SECONDS);
  }

  @Test
  void cancelAsksStripeToEndAtThePeriodEndAndAccessExpiresThen() throws Exception {
    UUID user = user("st-cancel");
    Instant purchase = server.clock().instant();
    String payload = StripeEvents.event("evt_st_cancel", "checkout.session.completed", purchase,
        StripeEvents.checkoutSession("cs_st_cancel", user, "monthly_bundle", null, "sub_st_cancel", "cus_st_cancel",
            "in_st_cancel", 39_900));
    assertThat(StripeEvents.post(server.http(), payload, StripeEvents.sign(payload, TestServer.WEBHOOK_SECRET, purchase))
        .status()).isEqualTo(200);
    UUID id = UUID.fromString(new BillingRows(server.database())
        .text("SELECT id::text FROM subscriptions WHERE stripe_subscription_id = 'sub_st_cancel'"));
    stripe.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"id\":\"sub_st_cancel\",\"object\":\"subscription\",\"status\":\"active\","
            + "\"cancel_at_period_end\":true}"));

    Reply reply = cancel("st-cancel", id.toString());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Subscription canceled = reply.json(Subscription.class);
    assertThat(canceled.cancelAtPeriodEnd()).isTrue();
    RecordedRequest request = stripe.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getPath()).isEqualTo("/v1/subscriptions/sub_st_cancel");
    assertThat(form(request)).containsExactly(Map.entry("cancel_at_period_end", "true"));
    assertThat(request.getHeader("Idempotency-Key")).isEqualTo("cancel:" + id);
    BillingRows rows = new BillingRows(server.database());
    assertThat(rows.openAt(user, canceled.currentPeriodEnd().minusSeconds(1))).hasSize(12);
    assertThat(rows.openAt(user, canceled.currentPeriodEnd())).isEmpty();

    int before = stripe.getRequestCount();
    assertThat(cancel("st-cancel", id.toString()).json(Subscription.class)).isEqualTo(canceled);
    assertThat(stripe.getRequestCount()).isEqualTo(before);
  }

  @Test
  void anotherUsersOrAnUnknownOrAMalformedSubscriptionIdIs404() {
    UUID owner = user("st-owner");
    String payload = StripeEvents.event("evt_st_owner", "checkout.session.completed", server.clock().instant(),
        StripeEvents.checkoutSession("cs_st_owner", owner, "monthly_bundle", null, "sub_st_owner", "cus_st_owner",
            "in_st_owner", 39_900));
    StripeEvents.post(server.http(), payload, StripeEvents.sign(payload, TestServer.WEBHOOK_SECRET,
        server.clock().instant()));
    String id = new BillingRows(server.database())
        .text("SELECT id::text FROM subscriptions WHERE stripe_subscription_id = 'sub_st_owner'");
    user("st-intruder");
    int before = stripe.getRequestCount();

    for (String candidate : new String[] {id, UUID.randomUUID().toString(), "not-a-uuid", "1-1-1-1-1"}) {
      Reply reply = cancel("st-intruder", candidate);
      assertThat(reply.status()).as(candidate).isEqualTo(404);
      assertThat(reply.problem().code()).isEqualTo("not_found");
    }
    assertThat(stripe.getRequestCount()).isEqualTo(before);
  }

  private static MockResponse session(String id) {
    return new MockResponse().setHeader("Content-Type", "application/json").setHeader("Request-Id", "req_test")
        .setBody("{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"subscription\","
            + "\"url\":\"https://checkout.stripe.com/c/pay/" + id + "\"}");
  }

  private static MockResponse error(int status, String type, String message) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody("{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}");
  }

  private static Reply checkout(String subject, String key, String body) {
    return server.http().send(server.http().request("/checkout/session")
        .header("Authorization", "Bearer " + TestTokens.user(subject))
        .header("Idempotency-Key", key)
        .post(okhttp3.RequestBody.create(body, okhttp3.MediaType.get("application/json"))));
  }

  private static Reply cancel(String subject, String id) {
    return server.http().send(server.http().request("/billing/subscriptions/" + id + "/cancel")
        .header("Authorization", "Bearer " + TestTokens.user(subject))
        .post(okhttp3.RequestBody.create(new byte[0], null)));
  }

  private static UUID user(String subject) {
    return server.http().get("/user/me", TestTokens.user(subject)).json(UserProfile.class).id();
  }

  /** The form parameters of a Stripe request, decoded. */
  private static Map<String, String> form(RecordedRequest request) {
    Map<String, String> form = new LinkedHashMap<>();
    String body = request.getBody().readUtf8();
    for (String pair : body.isEmpty() ? new String[0] : body.split("&")) {
      String[] parts = pair.split("=", 2);
      form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
    }
    return form;
  }
}
