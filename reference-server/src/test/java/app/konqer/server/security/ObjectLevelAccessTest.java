package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.billing.Payment;
import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.paging.Page;
import app.konqer.server.RouteTable;
import app.konqer.server.RouteTable.Route;
import app.konqer.server.auth.Access;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suite 4, broken object level authorization (API1): Alice's generations, subscriptions and payments, made through
 * the real checkout and generation routes, are invisible to Bob. Every route that names an object by id answers
 * him 404 exactly as for an id that does not exist (not 403, which would confirm the id), every list shows him his
 * own rows only, and neither Alice's cursors nor her idempotency keys lead him to her data.
 */
class ObjectLevelAccessTest {
  private static final Type PAYMENTS = Types.newParameterizedType(Page.class, Payment.class);
  /** The routes that name one of the caller's objects by id; {@code {service}} names a catalog entry. */
  private static final List<String> OBJECT_ROUTES = List.of(
      "GET /user/history/{id}",
      "POST /billing/subscriptions/{id}/cancel");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static Customer alice;
  private static Customer bob;
  private static Subscription aliceSubscription;
  private static Subscription bobSubscription;
  private static UUID aliceGeneration;
  private static UUID bobGeneration;
  private static List<String> aliceIds;

  @BeforeAll
  static void twoCustomersBuyAndGenerate() {
    alice = Customer.signIn(server.http(), "bola-alice");
    bob = Customer.signIn(server.http(), "bola-bob");
    aliceSubscription = alice.buyBundle();
    bobSubscription = bob.buyBundle();
    aliceGeneration = alice.generate();
    alice.generate();
    bobGeneration = bob.generate();

    List<Payment> alicePayments = alice.get("/billing/payments").<Page<Payment>>json(PAYMENTS).data();
    assertThat(alicePayments).isNotEmpty();
    aliceIds = new ArrayList<>(List.of(alice.id().toString(), aliceSubscription.id().toString(),
        aliceGeneration.toString()));
    alicePayments.forEach(payment -> aliceIds.add(payment.id().toString()));
    Tables tables = new Tables(server.database());
    aliceIds.add(tables.value("SELECT stripe_subscription_id FROM subscriptions WHERE id = ?",
        aliceSubscription.id()));
    aliceIds.addAll(tables.rows("SELECT id::text FROM generations WHERE user_id = ?", alice.id()).stream()
        .map(row -> row.get("id")).toList());
  }

  @Test
  void everyRouteThatNamesAnObjectIsInThisSuite() {
    List<String> named = RouteTable.of(server.server().app()).stream()
        .filter(route -> route.access() == Access.USER)
        .filter(route -> route.path().replace("{service}", "").contains("{"))
        .map(RouteCalls::key)
        .toList();

    assertThat(named).as("USER routes with an object id; add each new one to this suite")
        .containsExactlyInAnyOrderElementsOf(OBJECT_ROUTES);
  }

  @Test
  void anotherUsersGenerationIsNotFoundLikeAnUnknownOne() {
    assertThat(alice.get("/user/history/" + aliceGeneration).status()).isEqualTo(200);

    Reply foreign = bob.get("/user/history/" + aliceGeneration);
    Reply unknown = bob.get("/user/history/" + UUID.randomUUID());

    assertSameNotFound(foreign, unknown);
    assertThat(bob.get("/user/history/" + bobGeneration).status()).isEqualTo(200);
  }

  @Test
  void anotherUsersSubscriptionIsNotFoundAndStaysAsItWas() {
    Tables tables = new Tables(server.database());
    Map<String, ?> before = tables.snapshot("subscriptions", "stripe_subscription_states", "service_access");

    Reply foreign = bob.post("/billing/subscriptions/" + aliceSubscription.id() + "/cancel", "{}");
    Reply unknown = bob.post("/billing/subscriptions/" + UUID.randomUUID() + "/cancel", "{}");

    assertSameNotFound(foreign, unknown);
    assertThat(tables.snapshot("subscriptions", "stripe_subscription_states", "service_access")).isEqualTo(before);
    assertThat(tables.value("SELECT cancel_at_period_end FROM subscriptions WHERE id = ?", aliceSubscription.id()))
        .isEqualTo("f");
  }

  @Test
  void everyListShowsTheCallerOnlyHisOwnRows() {
    List<Route> lists = RouteTable.of(server.server().app()).stream()
        .filter(route -> route.access() == Access.USER && route.method().equals("GET") && !route.path().contains("{"))
        .toList();
    assertThat(lists).extracting(Route::path)
        .contains("/user/history", "/billing/subscriptions", "/billing/payments", "/user/subscriptions");

    SoftAssertions soft = new SoftAssertions();
    for (Route list : lists) {
      Reply reply = bob.get(list.path());
      soft.assertThat(reply.status()).as("%s: %s", list.path(), reply.body()).isEqualTo(200);
      for (String id : aliceIds) {
        soft.assertThat(reply.body()).as("%s as Bob", list.path()).doesNotContain(id);
      }
    }
    soft.assertAll();
    assertThat(bob.get("/billing/subscriptions").body()).contains(bobSubscription.id().toString());
    assertThat(bob.get("/user/history").body()).contains(bobGeneration.toString());
    assertThat(alice.get("/user/history").body()).contains(aliceGeneration.toString());
  }

  @Test
  void anotherUsersCursorPagesOnlyThroughTheCallersOwnHistory() {
    String cursor = alice.get("/user/history?limit=1").<Page<Object>>json(
        Types.newParameterizedType(Page.class, Object.class)).nextCursor();
    assertThat(cursor).as("Alice has a second page").isNotNull();

    Reply reply = bob.get("/user/history?limit=100&cursor=" + cursor);

    assertThat(reply.status()).isIn(200, 400);
    for (String id : aliceIds) {
      assertThat(reply.body()).doesNotContain(id);
    }
  }

  @Test
  void anotherUsersIdempotencyKeyReplaysNothingOfHers() {
    String key = "bola-shared-key-1";
    Reply hers = alice.generate(RouteCalls.COLD_DM_INPUT, Map.of("Idempotency-Key", key));
    Reply his = bob.generate(RouteCalls.COLD_DM_INPUT, Map.of("Idempotency-Key", key));

    assertThat(hers.status()).isEqualTo(200);
    assertThat(his.status()).as(his.body()).isEqualTo(200);
    assertThat(his.header("Idempotent-Replayed")).isNull();
    String hisId = his.json(Map.class).get("id").toString();
    assertThat(hisId).isNotEqualTo(hers.json(Map.class).get("id").toString());
    assertThat(new Tables(server.database()).value("SELECT user_id FROM generations WHERE id = ?::uuid", hisId))
        .isEqualTo(bob.id().toString());

    String body = "{\"plan\":\"monthly_single\",\"service\":\"cold-email\"," + RouteCalls.URLS + "}";
    String checkoutKey = "bola-shared-checkout-key";
    Customer carol = Customer.signIn(server.http(), "bola-carol");
    Customer dave = Customer.signIn(server.http(), "bola-dave");
    CheckoutSession carols = carol.openCheckout("/checkout/session", body, checkoutKey).json(CheckoutSession.class);
    Reply daves = dave.openCheckout("/checkout/session", body, checkoutKey);
    assertThat(daves.status()).as(daves.body()).isEqualTo(201);
    assertThat(daves.json(CheckoutSession.class).sessionId()).isNotEqualTo(carols.sessionId());
    assertThat(daves.json(CheckoutSession.class).checkoutUrl()).isNotEqualTo(carols.checkoutUrl());
  }

  private static void assertSameNotFound(Reply foreign, Reply unknown) {
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
    Problem theirs = foreign.problem();
    Problem none = unknown.problem();
    assertThat(theirs.code()).isEqualTo("not_found").isEqualTo(none.code());
    assertThat(theirs.title()).isEqualTo(none.title());
    assertThat(theirs.detail()).isEqualTo(none.detail());
    assertThat(foreign.body()).doesNotContain(aliceIds.toArray(String[]::new));
  }
}
