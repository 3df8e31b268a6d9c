package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Subscription;
import app.konqer.server.RouteTable;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suite 4, mass assignment (API3): every route that takes a body gets its valid body plus the members a client must
 * never set (plan, roles, quota, unlock times, owner, ids, status, prices, admin flags...). The server ignores them,
 * and the stored rows show that none took effect.
 *
 * <p>The policy is to ignore unknown members, not to refuse them. The wire contract is defined once, in the SDK's
 * records, and {@code KonqerJson} reads them with the same tolerant rule both ways: the SDK ignores response members
 * it does not know, so a newer server can add them, and the server ignores request members it does not know, so a
 * newer SDK that sends a new optional member keeps working against an older replica during a rolling upgrade. The
 * safety does not come from refusing: a body is bound to its request record only, and no request record has a
 * member the server owns. Refusing would only catch typos, which the SDK's builders already make impossible.
 */
class MassAssignmentTest {
  private static final JsonAdapter<Map<String, Object>> OBJECT = KonqerJson.create()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final UUID CHOSEN_ID = UUID.fromString("00000000-0000-4000-8000-00000000beef");
  /** The routes that take a body and the test below that covers each. */
  private static final Set<String> COVERED = Set.of(
      "POST /services/{service}/generate",
      "POST /checkout/session",
      "POST /checkout/founding",
      "POST /checkout/dev/{session_id}/confirm",
      "POST /billing/subscriptions/{id}/cancel",
      "PATCH /admin/services/{service}",
      "POST /auth/dev-token",
      "POST /auth/exchange-token",
      "POST /auth/refresh",
      "POST /webhooks/stripe");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static Customer victim;
  private static Tables tables;

  @BeforeAll
  static void aVictim() {
    victim = Customer.signIn(server.http(), "ma-victim");
    tables = new Tables(server.database());
  }

  /** What a client must never set, with values an attacker would pick. */
  private static Map<String, Object> forbidden() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("plan", "founding");
    members.put("service", "objection");
    members.put("role", "admin");
    members.put("roles", List.of("admin"));
    members.put("realm_access", Map.of("roles", List.of("admin")));
    members.put("is_admin", true);
    members.put("admin", true);
    members.put("email_verified", true);
    members.put("quota", Map.of("used_today", 0, "daily_limit", 100_000));
    members.put("daily_limit", 100_000);
    members.put("rate_limit_daily", 100_000);
    members.put("used_today", -1_000);
    members.put("enabled", true);
    members.put("unlock_day", 0);
    members.put("unlocked", true);
    members.put("unlocked_at", "2020-01-01T00:00:00Z");
    members.put("unlocks_at", "2020-01-01T00:00:00Z");
    members.put("locked", false);
    members.put("expires_at", "2099-01-01T00:00:00Z");
    members.put("user_id", victim.id().toString());
    members.put("id", CHOSEN_ID.toString());
    members.put("sub", "ma-victim");
    members.put("status", "active");
    members.put("cancel_at_period_end", false);
    members.put("current_period_end", "2099-01-01T00:00:00Z");
    members.put("price", 1);
    members.put("price_monthly_cents", 1);
    members.put("amount", 1);
    members.put("amount_cents", 1);
    members.put("amount_total", 1);
    members.put("currency", "usd");
    members.put("stripe_customer_id", "cus_mallory");
    members.put("customer", "cus_mallory");
    members.put("created_at", "2000-01-01T00:00:00Z");
    members.put("model", "gpt-free");
    members.put("tokens_used", 0);
    members.put("personalization_score", 100);
    members.put("name", "Hacked");
    members.put("position", 99);
    members.put("exp", 4_102_444_800L);
    return members;
  }

  /** A valid body with every forbidden member added, except those the route legitimately takes. */
  private static String withExtras(String validBody, String... legitimate) {
    Map<String, Object> body = new LinkedHashMap<>(forbidden());
    for (String member : legitimate) {
      body.remove(member);
    }
    Map<String, Object> valid = parse(validBody);
    body.keySet().removeAll(valid.keySet());
    body.putAll(valid);
    return OBJECT.toJson(body);
  }

  private static Map<String, Object> parse(String json) {
    try {
      return OBJECT.fromJson(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyRouteThatTakesABodyIsInThisSuite() {
    Set<String> withBody = RouteTable.of(server.server().app()).stream()
        .filter(route -> RouteCalls.takesBody(route.method()))
        .map(RouteCalls::key)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(withBody).as("routes with a body; add each new one to this suite").isEqualTo(new TreeSet<>(COVERED));
  }

  @Test
  void generateStoresTheCallersGenerationWithTheServersQuotaAndModel() {
    Customer mallory = Customer.signIn(server.http(), "ma-generate");
    mallory.buyBundle();
    Map<String, ?> before = tables.snapshot("service_configs", "subscriptions", "subscription_grants",
        "service_access");

    Reply reply = mallory.generate(withExtras(RouteCalls.COLD_DM_INPUT), Map.of());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Map<String, Object> generation = parse(reply.body());
    assertThat(generation.get("id")).isNotEqualTo(CHOSEN_ID.toString());
    List<Map<String, String>> rows = tables.rows("SELECT * FROM generations WHERE user_id = ?", mallory.id());
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get("id")).isEqualTo(generation.get("id"));
      assertThat(row.get("model")).isEqualTo("konqer-offline");
      assertThat(Instant.parse(row.get("created_at").replace(' ', 'T').replaceAll("\\+00$", "Z")))
          .isEqualTo(server.clock().instant());
      assertThat(parse(row.get("input"))).isEqualTo(parse(RouteCalls.COLD_DM_INPUT));
    });
    assertThat(tables.count("SELECT count(*) FROM generations WHERE user_id = ? OR id = ?", victim.id(), CHOSEN_ID))
        .isZero();
    String limit = tables.value("SELECT rate_limit_daily FROM service_configs WHERE service = 'cold-dm'");
    assertThat(generation.get("quota")).asString().contains("used_today=1", "daily_limit=" + limit);
    assertThat(tables.value("SELECT sum(used) FROM quota_usage WHERE user_id = ?", mallory.id())).isEqualTo("1");
    assertThat(tables.count("SELECT count(*) FROM quota_usage WHERE user_id = ?", victim.id())).isZero();
    assertThat(tables.snapshot("service_configs", "subscriptions", "subscription_grants", "service_access"))
        .isEqualTo(before);
  }

  @Test
  void checkoutAndItsConfirmationSellThePlanAskedForAtTheCatalogPrice() {
    Customer mallory = Customer.signIn(server.http(), "ma-single");
    String valid = "{\"plan\":\"monthly_single\",\"service\":\"cold-email\"," + RouteCalls.URLS + "}";

    Reply opened = mallory.openCheckout("/checkout/session", withExtras(valid, "plan", "service"), null);

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String sessionId = opened.json(CheckoutSession.class).sessionId();
    assertThat(tables.rows("SELECT user_id, plan, service FROM dev_checkout_sessions WHERE id = ?", sessionId))
        .containsExactly(Map.of("user_id", mallory.id().toString(), "plan", "monthly_single", "service",
            "cold-email"));

    Reply confirmed = mallory.confirm(sessionId, withExtras("{}"));

    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    Subscription subscription = confirmed.json(Subscription.class);
    assertPurchase(mallory, subscription, "monthly_single", "cold-email", 9_900);
    assertThat(subscription.currentPeriodEnd()).isEqualTo(server.clock().instant().atZone(java.time.ZoneOffset.UTC)
        .plusMonths(1).toInstant());
    assertThat(tables.rows("SELECT service, unlocks_at FROM subscription_grants WHERE subscription_id = ?",
        subscription.id())).extracting(row -> row.get("service")).containsExactly("cold-email");
  }

  @Test
  void theFoundingCheckoutSellsTheFoundingPlanWithTheConfiguredUnlockSchedule() {
    Customer mallory = Customer.signIn(server.http(), "ma-founding");

    Reply opened = mallory.openCheckout("/checkout/founding", withExtras("{" + RouteCalls.URLS + "}"), null);

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String sessionId = opened.json(CheckoutSession.class).sessionId();
    assertThat(tables.value("SELECT plan FROM dev_checkout_sessions WHERE id = ?", sessionId)).isEqualTo("founding");
    Subscription subscription = mallory.confirm(sessionId, withExtras("{}")).json(Subscription.class);
    assertPurchase(mallory, subscription, "founding", null, 69_900);
    Instant purchase = server.clock().instant();
    Map<String, Instant> expected = new LinkedHashMap<>();
    tables.rows("SELECT service, unlock_day FROM service_configs").forEach(row ->
        expected.put(row.get("service"), purchase.plus(Duration.ofDays(Long.parseLong(row.get("unlock_day"))))));
    Map<String, Instant> granted = new LinkedHashMap<>();
    tables.rows("SELECT service, extract(epoch FROM unlocks_at)::bigint AS at FROM subscription_grants"
        + " WHERE subscription_id = ?", subscription.id()).forEach(row ->
        granted.put(row.get("service"), Instant.ofEpochSecond(Long.parseLong(row.get("at")))));
    assertThat(granted).isEqualTo(expected);
    assertThat(granted.values().stream().filter(at -> !at.isAfter(purchase))).hasSize(3);
  }

  @Test
  void cancelOnlySetsCancelAtPeriodEnd() {
    Customer mallory = Customer.signIn(server.http(), "ma-cancel");
    Subscription bought = mallory.buyBundle();
    Map<String, String> before = tables.rows("SELECT * FROM subscriptions WHERE id = ?", bought.id()).get(0);

    Reply reply = mallory.post("/billing/subscriptions/" + bought.id() + "/cancel", withExtras("{}"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Map<String, String> after = tables.rows("SELECT * FROM subscriptions WHERE id = ?", bought.id()).get(0);
    Map<String, String> expected = new LinkedHashMap<>(before);
    expected.put("cancel_at_period_end", "t");
    expected.put("updated_at", after.get("updated_at"));
    assertThat(after).isEqualTo(expected);
  }

  @Test
  void anAdminPatchSetsOnlyThePatchableSettingsOfTheServiceInThePath() {
    Map<String, ?> before = tables.snapshot("service_configs");

    Reply reply = server.http().send(server.http().request("/admin/services/webinar")
        .header("Authorization", "Bearer " + app.konqer.server.testing.TestTokens.admin("ma-admin"))
        .patch(okhttp3.RequestBody.create(withExtras("{\"rate_limit_daily\":77}", "enabled", "unlock_day"),
            RouteCalls.JSON)));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> rows = (List<Map<String, String>>) before.get("service_configs");
    List<Map<String, String>> expected = rows.stream().map(row -> {
      if (!row.get("service").equals("webinar")) {
        return row;
      }
      Map<String, String> changed = new LinkedHashMap<>(row);
      changed.put("rate_limit_daily", "77");
      return changed;
    }).toList();
    List<Map<String, String>> after = tables.rows("SELECT * FROM service_configs ORDER BY 1, 2");
    assertThat(after.stream().map(MassAssignmentTest::withoutUpdatedAt).toList())
        .isEqualTo(expected.stream().map(MassAssignmentTest::withoutUpdatedAt).toList());

    Reply onlyExtras = server.http().send(server.http().request("/admin/services/webinar")
        .header("Authorization", "Bearer " + app.konqer.server.testing.TestTokens.admin("ma-admin"))
        .patch(okhttp3.RequestBody.create("{\"name\":\"Hacked\",\"price_monthly_cents\":1}", RouteCalls.JSON)));
    assertThat(onlyExtras.status()).isEqualTo(422);
    assertThat(onlyExtras.problem().code()).isEqualTo("empty_patch");
  }

  @Test
  void aDevTokenCarriesOnlyTheServersClaims() throws Exception {
    String body = withExtras("{\"email\":\"ma-dev@example.com\",\"name\":\"Ma\"}", "roles");

    Reply minted = server.http().post("/auth/dev-token", "application/json", body);

    assertThat(minted.status()).as(minted.body()).isEqualTo(200);
    String token = minted.json(TokenSet.class).accessToken();
    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo(app.konqer.server.auth.DevTokenIssuer.subjectFor("ma-dev@example.com"));
    assertThat(claims.getExpirationTime().toInstant())
        .isEqualTo(claims.getIssueTime().toInstant().plus(Duration.ofHours(1)));
    assertThat(claims.getJSONObjectClaim("realm_access").get("roles")).isEqualTo(List.of());
    assertThat(claims.getClaims()).doesNotContainKeys("role", "is_admin", "admin", "email_verified", "user_id");
    assertThat(server.http().get("/admin/users", token).status()).isEqualTo(403);
    assertThat(server.http().get("/user/me", token).body()).contains("\"roles\":[]", "\"name\":\"Ma\"");
  }

  @Test
  void theIdentityProviderRoutesAnswerAsForTheValidBody() {
    for (String[] route : List.of(
        new String[] {"/auth/exchange-token", "{\"code\":\"abc\",\"redirect_uri\":\"https://crm.example.com/cb\"}"},
        new String[] {"/auth/refresh", "{\"refresh_token\":\"r\"}"})) {
      Reply valid = server.http().post(route[0], "application/json", route[1]);
      Reply extra = server.http().post(route[0], "application/json", withExtras(route[1]));

      assertThat(extra.status()).isEqualTo(valid.status());
      assertThat(extra.problem().code()).isEqualTo(valid.problem().code());
    }
  }

  @Test
  void aWebhookBodyIsTrustedOnlyWithStripesSignature() {
    Map<String, ?> before = tables.snapshot("stripe_events", "subscriptions", "payments", "users");

    Reply reply = server.http().post("/webhooks/stripe", "application/json", withExtras("{\"type\":"
        + "\"checkout.session.completed\"}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.problem().code()).isEqualTo("invalid_signature");
    assertThat(tables.snapshot("stripe_events", "subscriptions", "payments", "users")).isEqualTo(before);
  }

  private static void assertPurchase(Customer buyer, Subscription subscription, String plan, String service,
      long amountCents) {
    assertThat(subscription.id()).isNotEqualTo(CHOSEN_ID);
    assertThat(tables.rows("SELECT user_id, plan, service, status FROM subscriptions WHERE user_id = ?", buyer.id()))
        .singleElement().satisfies(row -> {
          assertThat(row.get("user_id")).isEqualTo(buyer.id().toString());
          assertThat(row.get("plan")).isEqualTo(plan);
          assertThat(row.get("service")).isEqualTo(service);
          assertThat(row.get("status")).isEqualTo("active");
        });
    assertThat(tables.rows("SELECT amount_cents, currency, user_id FROM payments WHERE subscription_id = ?",
        subscription.id())).containsExactly(Map.of("amount_cents", Long.toString(amountCents), "currency", "eur",
            "user_id", buyer.id().toString()));
    assertThat(tables.value("SELECT stripe_customer_id FROM users WHERE id = ?", buyer.id()))
        .isNotEqualTo("cus_mallory");
    assertThat(tables.count("SELECT count(*) FROM subscriptions WHERE user_id = ?", victim.id())).isZero();
    assertThat(tables.count("SELECT count(*) FROM payments WHERE user_id = ?", victim.id())).isZero();
  }

  private static Map<String, String> withoutUpdatedAt(Map<String, String> row) {
    Map<String, String> copy = new LinkedHashMap<>(row);
    copy.remove("updated_at");
    return copy;
  }
}
