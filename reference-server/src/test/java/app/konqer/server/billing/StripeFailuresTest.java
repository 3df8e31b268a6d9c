package app.konqer.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.UserProfile;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stripe failing at checkout, through the production client (two retries, short timeouts here): a clear 503 when a
 * retry later may work, a 502 when Stripe's answer is unusable, and nothing recorded either way.
 */
class StripeFailuresTest {
  private static final Map<Plan, String> PRICES = Map.of(
      Plan.FOUNDING, "price_founding",
      Plan.MONTHLY_SINGLE, "price_monthly_single",
      Plan.MONTHLY_BUNDLE, "price_monthly_bundle",
      Plan.ANNUAL_SINGLE, "price_annual_single",
      Plan.ANNUAL_BUNDLE, "price_annual_bundle");
  private static final String BODY = "{\"plan\":\"monthly_bundle\",\"success_url\":\"https://crm.example.com/ok\","
      + "\"cancel_url\":\"https://crm.example.com/cancel\"}";
  private static final int ATTEMPTS = 3;

  private static final MockWebServer stripe = new MockWebServer();

  @RegisterExtension
  static final TestServer server = TestServer.api().billing(BillingSetup.stripe(
      BillingSetup.stripeClient("sk_test_konqer", stripe.url("/").uri(), Duration.ofSeconds(1),
          Duration.ofMillis(300)), TestServer.WEBHOOK_SECRET, PRICES));

  @BeforeEach
  void forgetEarlierAnswers() {
    stripe.setDispatcher(new QueueDispatcher());
  }

  @AfterAll
  static void stopStripe() throws Exception {
    stripe.shutdown();
  }

  @Test
  void stripeFailingOnEveryAttemptIs503PaymentProviderUnavailable() {
    for (int i = 0; i < ATTEMPTS; i++) {
      stripe.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
          .setBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong\"}}"));
    }

    assertUnavailable(checkout("stripe-500"), "stripe-500");
  }

  @Test
  void stripeNotAnsweringWithinTheReadTimeoutIs503PaymentProviderUnavailable() {
    for (int i = 0; i < ATTEMPTS; i++) {
      stripe.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }

    assertUnavailable(checkout("stripe-silent"), "stripe-silent");
  }

  @Test
  void stripeRateLimitingIs503PaymentProviderUnavailable() {
    for (int i = 0; i < ATTEMPTS; i++) {
      stripe.enqueue(new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
          .setBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"rate_limit\","
              + "\"message\":\"Too many requests\"}}"));
    }

    assertUnavailable(checkout("stripe-429"), "stripe-429");
  }

  @Test
  void aStripeAnswerThatIsNotJsonIs502PaymentProviderError() {
    stripe.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("<html>upstream proxy error</html>"));

    Reply reply = checkout("stripe-garbage");

    assertProblem(reply, 502, "payment_provider_error");
    assertNothingRecorded("stripe-garbage");
  }

  @Test
  void aStripeAnswerCutOffIs502PaymentProviderError() {
    stripe.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"id\":\"cs_test_cut\",\"object\":\"checkout.session\",\"url\":\"https://che"));

    Reply reply = checkout("stripe-cut");

    assertProblem(reply, 502, "payment_provider_error");
    assertNothingRecorded("stripe-cut");
  }

  private static void assertUnavailable(Reply reply, String subject) {
    assertProblem(reply, 503, "payment_provider_unavailable");
    assertThat(reply.header("Retry-After")).isNotBlank();
    assertNothingRecorded(subject);
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.mediaType()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(reply.problem().code()).isEqualTo(code);
    assertThat(reply.body()).doesNotContain("sk_test_konqer");
  }

  private static void assertNothingRecorded(String subject) {
    UUID user = server.http().get("/user/me", TestTokens.user(subject)).json(UserProfile.class).id();
    for (String table : new String[] {"subscriptions", "payments", "service_access"}) {
      int rows = server.database().query(connection -> {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT count(*) FROM " + table + " WHERE user_id = ?")) {
          select.setObject(1, user);
          try (ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
          }
        }
      });
      assertThat(rows).as(table).isZero();
    }
  }

  private static Reply checkout(String subject) {
    return server.http().send(server.http().request("/checkout/session")
        .header("Authorization", "Bearer " + TestTokens.user(subject))
        .header("Idempotency-Key", "checkout-" + subject)
        .post(okhttp3.RequestBody.create(BODY, okhttp3.MediaType.get("application/json"))));
  }
}
