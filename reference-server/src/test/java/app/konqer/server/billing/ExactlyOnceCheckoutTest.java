package app.konqer.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.billing.CheckoutRequest;
import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.billing.KonqerBilling;
import app.konqer.sdk.http.Sleeper;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.server.testing.FaultProxy;
import app.konqer.server.testing.FaultProxy.Fault;
import app.konqer.server.testing.FirstAttemptFaults;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exactly once for checkout: the typed billing SDK opens checkout sessions through a {@link FaultProxy} that loses
 * responses after the server has opened the session at Stripe. One Stripe session per logical call: a retry gets the
 * session the server recorded, and Stripe is asked once per call.
 *
 * <p>The stand-in for Stripe deliberately does not deduplicate by {@code Idempotency-Key}, as Stripe would: it opens
 * a new session for every request, so its count shows how often the server asked, and a server that relied on
 * Stripe alone would hand out two sessions for one call.
 *
 * <p>A larger run: {@code mvn -q -B -pl reference-server -am verify -Dtest=ExactlyOnceCheckoutTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dkonqer.faults.checkouts=2000 -Dkonqer.faults.seed=42}.
 */
class ExactlyOnceCheckoutTest {
  private static final int CALLS = Integer.getInteger("konqer.faults.checkouts", 200);
  private static final long SEED = Long.getLong("konqer.faults.seed", 20261121L);
  private static final int CALLERS = 8;
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String SUCCESS = "https://crm.example.com/konqer/success?session={CHECKOUT_SESSION_ID}";
  private static final String CANCEL = "https://crm.example.com/konqer/cancel";
  private static final Map<Plan, String> PRICES = Map.of(
      Plan.FOUNDING, "price_founding",
      Plan.MONTHLY_SINGLE, "price_monthly_single",
      Plan.MONTHLY_BUNDLE, "price_monthly_bundle",
      Plan.ANNUAL_SINGLE, "price_annual_single",
      Plan.ANNUAL_BUNDLE, "price_annual_bundle");

  private static final StripeSessions stripe = new StripeSessions();

  @RegisterExtension
  static final TestServer server = TestServer.api().pool(10, Duration.ofSeconds(20)).billing(BillingSetup.stripe(
      BillingSetup.stripeClient("sk_test_konqer", stripe.url()), TestServer.WEBHOOK_SECRET, PRICES));

  @AfterAll
  static void stopStripe() throws IOException {
    stripe.stop();
  }

  @BeforeEach
  void forgetEarlierSessions() {
    stripe.reset();
  }

  @Test
  void checkoutsWithTwentyPercentOfResponsesLostOpenOneStripeSessionEach() throws Exception {
    String subject = "checkout-bulk";
    FirstAttemptFaults plan = FirstAttemptFaults.twentyPercentLost(SEED, CALLS, 2);
    List<CheckoutSession> returned = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    int attempts = 0;
    Map<Fault, Integer> injected;
    try (FaultProxy proxy = FaultProxy.start(server.server().port(), plan, Duration.ofMillis(50));
        KonqerClient client = client(proxy, subject, Sleeper.system())) {
      KonqerBilling billing = KonqerBilling.of(client);
      ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
      try {
        List<Future<ApiResponse<CheckoutSession>>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
          calls.add(callers.submit(() -> billing.checkoutWithResponse(request(), RequestOptions.none())));
        }
        for (Future<ApiResponse<CheckoutSession>> call : calls) {
          try {
            ApiResponse<CheckoutSession> reply = call.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            returned.add(reply.value());
            attempts += reply.attempts();
          } catch (ExecutionException e) {
            failures.add(e.getCause());
          }
        }
      } finally {
        callers.shutdownNow();
      }
      injected = proxy.injected();
    }
    Set<String> returnedIds = new HashSet<>();
    returned.forEach(session -> returnedIds.add(session.sessionId()));
    Set<String> recorded = recordedSessions(subject);
    System.out.printf("%nExactly-once checkout through the fault proxy (seed %d)%n"
        + "| logical calls | responses lost | attempts | failed | sessions returned | Stripe requests "
        + "| Stripe keys | sessions recorded |%n| %d | %d | %d | %d | %d | %d | %d | %d |%n",
        SEED, CALLS, plan.lost(), attempts, failures.size(), returnedIds.size(), stripe.requests(),
        stripe.keys().size(), recorded.size());

    assertThat(failures).isEmpty();
    assertThat(injected.get(Fault.RESET_AFTER_REQUEST) + injected.get(Fault.DROP_RESPONSE)
        + injected.get(Fault.TIMEOUT)).isEqualTo(CALLS / 5);
    assertThat(returned).hasSize(CALLS);
    assertThat(returnedIds).hasSize(CALLS);
    assertThat(stripe.requests()).isEqualTo(CALLS);
    assertThat(stripe.keys()).hasSize(CALLS);
    assertThat(recorded).isEqualTo(returnedIds);
  }

  @Test
  void aRetryWhileStripeIsStillOpeningTheSessionWaitsAndGetsThatSession() throws Exception {
    String subject = "checkout-in-progress";
    CountDownLatch atStripe = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    stripe.hold(atStripe, answer);
    FirstAttemptFaults plan = FirstAttemptFaults.seeded(1, 1, Map.of(Fault.RESET_AFTER_REQUEST, 1));
    List<Duration> waits = new CopyOnWriteArrayList<>();
    try (FaultProxy proxy = FaultProxy.start(server.server().port(), plan, Duration.ZERO)) {
      Sleeper events = delay -> {
        waits.add(delay);
        if (waits.size() == 1) {
          atStripe.await(BOUND.toSeconds(), TimeUnit.SECONDS); // the first attempt is at Stripe when the retry comes
        } else {
          answer.countDown(); // Stripe answers the first attempt while the client waits as told
          proxy.awaitLostResponses(1, BOUND);
        }
      };
      try (KonqerClient client = client(proxy, subject, events)) {
        ApiResponse<CheckoutSession> reply =
            KonqerBilling.of(client).checkoutWithResponse(request(), RequestOptions.none());

        assertThat(reply.attempts()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(stripe.requests()).isEqualTo(1);
        assertThat(recordedSessions(subject)).containsExactly(reply.value().sessionId());
      }
    }
  }

  private static KonqerClient client(FaultProxy proxy, String subject, Sleeper sleeper) {
    return KonqerClient.builder()
        .baseUrl(proxy.url())
        .bearerToken(TestTokens.user(subject))
        .readTimeout(READ_TIMEOUT)
        .maxRetries(3)
        .sleeper(sleeper)
        .jitter(() -> 0)
        .build();
  }

  private static CheckoutRequest request() {
    return CheckoutRequest.builder(Plan.MONTHLY_BUNDLE).successUrl(SUCCESS).cancelUrl(CANCEL).build();
  }

  /** The sessions in the responses the server recorded for the user's keys. */
  private static Set<String> recordedSessions(String subject) {
    JsonAdapter<CheckoutSession> sessions = KonqerJson.create().adapter(CheckoutSession.class);
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement("""
          SELECT k.response_body FROM idempotency_keys k JOIN users u ON u.id = k.user_id
          WHERE u.keycloak_user_id = ? AND k.state = 'completed'""")) {
        select.setString(1, subject);
        try (ResultSet row = select.executeQuery()) {
          Set<String> ids = new HashSet<>();
          while (row.next()) {
            ids.add(sessions.fromJson(row.getString(1)).sessionId());
          }
          return ids;
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Stands in for Stripe's {@code POST /v1/checkout/sessions}: a new session for every request, keys recorded. */
  private static final class StripeSessions extends Dispatcher {
    private final MockWebServer web = new MockWebServer();
    private final AtomicInteger opened = new AtomicInteger();
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final AtomicReference<CountDownLatch[]> held = new AtomicReference<>();

    StripeSessions() {
      web.setDispatcher(this);
    }

    java.net.URI url() {
      return web.url("/").uri();
    }

    void reset() {
      opened.set(0);
      keys.clear();
    }

    /** Holds the next request: {@code arrived} opens when it comes, and it is answered once {@code answer} opens. */
    void hold(CountDownLatch arrived, CountDownLatch answer) {
      held.set(new CountDownLatch[] {arrived, answer});
    }

    int requests() {
      return opened.get();
    }

    Set<String> keys() {
      return keys;
    }

    void stop() throws IOException {
      web.shutdown();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (!"/v1/checkout/sessions".equals(request.getPath())) {
        return new MockResponse().setResponseCode(404);
      }
      CountDownLatch[] gate = held.getAndSet(null);
      if (gate != null) {
        gate[0].countDown();
        gate[1].await(BOUND.toSeconds(), TimeUnit.SECONDS);
      }
      keys.add(request.getHeader("Idempotency-Key"));
      String id = "cs_test_" + opened.incrementAndGet();
      return new MockResponse().setHeader("Content-Type", "application/json").setHeader("Request-Id", "req_" + id)
          .setBody("{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"subscription\","
              + "\"url\":\"https://checkout.stripe.com/c/pay/" + id + "\"}");
    }
  }
}
