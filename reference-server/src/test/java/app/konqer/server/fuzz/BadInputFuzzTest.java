package app.konqer.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.ApiDependencies;
import app.konqer.server.KonqerApi;
import app.konqer.server.RouteTable;
import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.auth.KeycloakClientSettings;
import app.konqer.server.auth.KeycloakTokenClient;
import app.konqer.server.billing.dev.DevCheckoutSession;
import app.konqer.server.billing.dev.DevCheckoutSessions;
import app.konqer.server.billing.dev.DevStripeEvents;
import app.konqer.server.db.Rows;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.SampleInputs;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Moshi;
import io.javalin.Javalin;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suite 3, bad input: a seeded stream of fuzzed requests against every route of the real server (its route table),
 * with user and admin tokens so that the fuzz reaches the handlers, and without. See {@link FuzzCases} for what is
 * fuzzed and {@link Oracle} for what every answer must be. After the run the database must hold nothing
 * half-written ({@link DatabaseState}).
 *
 * <p>{@code -Dfuzz.seed=<n>} replays a run ({@code random} picks a new seed), {@code -Dfuzz.requests=<n>} sets its
 * length, and {@code -Dfuzz.case=<i>} sends request {@code i} of the seed alone.
 */
class BadInputFuzzTest {
  private static final long DEFAULT_SEED = 0x4B6F6E716572L;
  private static final int DEFAULT_REQUESTS = 10_000;
  private static final int USERS = 4;
  private static final int MAX_REPORTED = 40;
  private static final Moshi MOSHI = KonqerJson.create();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final MockWebServer keycloak = keycloak();

  @RegisterExtension
  static final TestServer server = TestServer.app(BadInputFuzzTest::withKeycloak);

  @AfterAll
  static void stopKeycloak() throws IOException {
    keycloak.shutdown();
  }

  @Test
  void badInputNeverBreaksTheServer() throws IOException {
    long seed = seed();
    int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
    String only = System.getProperty("fuzz.case");
    System.out.printf("Bad-input fuzz: seed %d, %d requests (replay with -Dfuzz.seed=%d)%n", seed, requests, seed);

    List<ApiOperations.Operation> operations = ApiOperations.of(RouteTable.of(server.server().app()),
        server.http().get("/openapi.yaml").body());
    FuzzWorld world = world();
    FuzzCases cases = new FuzzCases(seed, operations, world);
    DatabaseState database = new DatabaseState(server.database());
    List<Object[]> settings = serviceSettings();

    FuzzReport report = new FuzzReport(seed);
    long started = System.nanoTime();
    try (RawHttp http = new RawHttp("localhost", server.server().port())) {
      String before = database.fingerprint();
      String previous = "(none)";
      int from = only == null ? 0 : Integer.parseInt(only);
      int to = only == null ? requests : from + 1;
      for (int i = from; i < to; i++) {
        long making = System.nanoTime();
        FuzzRequest request = cases.make(i);
        report.made(System.nanoTime() - making);
        RawResponse response;
        long sent = System.nanoTime();
        try {
          response = http.exchange(request.encode("localhost:" + server.server().port()), request.head());
        } catch (IOException e) {
          report.exchangeFailed(request, e, previous);
          http.close();
          before = database.fingerprint();
          continue;
        }
        if (only != null) {
          System.out.printf("request:%n%s%nresponse: %d %s%n%s%n", FuzzRequest.printable(request.encode("localhost"),
              4000), response.status(), response.headers().stream().map(h -> h[0] + ": " + h[1]).toList(),
              FuzzRequest.printable(response.body(), 4000));
        }
        Oracle.Verdict verdict = Oracle.judge(request, response);
        List<String> violations = new ArrayList<>(verdict.violations());
        long checked = System.nanoTime();
        String after = database.fingerprint();
        report.checked(System.nanoTime() - checked);
        boolean succeeded = response.status() < 300;
        if ((!succeeded || !request.writes()) && !after.equals(before)) {
          violations.add("a request that " + (succeeded ? "only reads" : "was refused") + " changed the database");
        }
        if (succeeded && request.operation().startsWith("PATCH /admin/services/")) {
          restore(settings);
          after = database.fingerprint();
        }
        report.record(request, response, verdict.outcome(), violations, System.nanoTime() - sent);
        previous = request.describe() + " -> " + response.status() + " " + response.headers().stream()
            .map(h -> h[0] + ": " + h[1]).toList();
        before = after;
      }
      report.connections(http.connections());
    }
    report.elapsed(Duration.ofNanos(System.nanoTime() - started));
    List<String> broken = database.brokenInvariants();
    report.coverage(operations);
    System.out.println(report.table());

    assertThat(broken).as("database invariants after the run").isEmpty();
    assertThat(report.failures()).as(report.failureSummary(MAX_REPORTED)).isEmpty();
    if (only == null) {
      assertThat(report.requests()).isEqualTo(requests);
      assertThat(report.uncovered(operations)).as("operations the fuzz never reached").isEmpty();
    }
  }

  private static long seed() {
    String value = System.getProperty("fuzz.seed");
    if (value == null || value.isBlank()) {
      return DEFAULT_SEED;
    }
    if (value.equals("random")) {
      return new java.security.SecureRandom().nextLong();
    }
    return Long.parseLong(value);
  }

  // ---- the world the fuzz runs in --------------------------------------------------------------------------------

  private static FuzzWorld world() {
    List<String> users = new ArrayList<>();
    List<UUID> userIds = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      String token = TestTokens.user("fuzz-user-" + i);
      users.add(token);
      userIds.add(profile(token).id());
    }
    String admin = TestTokens.admin("fuzz-admin");
    profile(admin);
    String devToken = server.devTokens().issue(new DevTokenRequest("fuzz-dev@example.com", "Fuzz Dev", List.of()))
        .accessToken();
    profile(devToken);
    for (UUID user : userIds) {
      grantEveryService(user);
    }

    Map<String, Map<String, List<String>>> pathValues = new HashMap<>();
    List<String> services = ServiceDefinitions.all().stream().map(d -> d.service().id()).toList();
    pathValues.put("POST /services/{service}/generate", Map.of("service", services));
    pathValues.put("PATCH /admin/services/{service}", Map.of("service", services));

    List<String> generations = new ArrayList<>();
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      Reply reply = server.http().send(server.http().request("/services/" + definition.service().id() + "/generate")
          .header("Authorization", "Bearer " + users.get(0))
          .post(RequestBody.create(inputJson(definition), JSON)));
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      generations.add(reply.json(Map.class).get("id").toString());
    }
    pathValues.put("GET /user/history/{id}", Map.of("id", generations));

    String bought = checkout(users.get(1), "{\"plan\":\"monthly_single\",\"service\":\"objection\","
        + "\"success_url\":\"https://crm.example.com/ok\",\"cancel_url\":\"https://crm.example.com/no\"}");
    Reply confirmed = server.http().send(server.http().request("/checkout/dev/" + bought + "/confirm")
        .post(RequestBody.create(new byte[0], null)));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    String subscription = confirmed.json(Subscription.class).id().toString();
    pathValues.put("POST /billing/subscriptions/{id}/cancel", Map.of("id", List.of(subscription)));
    String open = checkout(users.get(2), "{\"plan\":\"monthly_bundle\",\"success_url\":\"https://crm.example.com/ok\","
        + "\"cancel_url\":\"https://crm.example.com/no\"}");
    pathValues.put("GET /checkout/dev/{session_id}", Map.of("session_id", List.of(open, bought)));
    pathValues.put("POST /checkout/dev/{session_id}/confirm", Map.of("session_id", List.of(open, bought)));

    DevCheckoutSession session = new DevCheckoutSessions(server.database()).find(bought).orElseThrow();
    String event = DevStripeEvents.checkoutCompleted(session, server.clock().instant());

    Map<String, Function<Map<String, String>, String>> samples = new HashMap<>();
    samples.put("ServiceInput", values -> inputJson(ServiceDefinitions.all().stream()
        .filter(d -> d.service().id().equals(values.get("service"))).findFirst().orElseThrow()));
    samples.put("DevTokenRequest", values -> "{\"email\":\"fuzz-new@example.com\",\"name\":\"Fuzz New\","
        + "\"roles\":[\"admin\"]}");
    samples.put("CodeExchangeRequest", values -> "{\"code\":\"" + KeycloakStandIn.GOOD_CODE + "\","
        + "\"redirect_uri\":\"https://crm.example.com/callback\"}");
    samples.put("RefreshRequest", values -> "{\"refresh_token\":\"" + KeycloakStandIn.GOOD_REFRESH_TOKEN + "\"}");
    samples.put("CheckoutRequest", values -> "{\"plan\":\"monthly_single\",\"service\":\"cold-email\","
        + "\"success_url\":\"https://crm.example.com/ok?session={CHECKOUT_SESSION_ID}\","
        + "\"cancel_url\":\"https://crm.example.com/no\"}");
    samples.put("FoundingCheckoutRequest", values -> "{\"success_url\":\"https://crm.example.com/ok\","
        + "\"cancel_url\":\"https://crm.example.com/no\"}");
    samples.put("ServiceSettingsPatch", values -> "{\"enabled\":true,\"rate_limit_daily\":100,\"unlock_day\":0}");
    samples.put("object", values -> event);

    Map<String, String> cursorLists = Map.of(
        "GET /user/history", "history", "GET /billing/payments", "payments", "GET /admin/users", "admin-users");
    Map<String, String> owners = Map.of(
        "GET /user/history/{id}", users.get(0), "POST /billing/subscriptions/{id}/cancel", users.get(1));
    return new FuzzWorld(List.copyOf(users), admin, devToken, pathValues, owners, samples, cursorLists,
        TestServer.WEBHOOK_SECRET, server.clock().instant(), 64 * 1024);
  }

  private static String inputJson(ServiceDefinition<?, ?> definition) {
    return json(definition.inputType(), SampleInputs.of(definition));
  }

  @SuppressWarnings("unchecked")
  private static <T> String json(Class<T> type, Object value) {
    return MOSHI.adapter(type).toJson((T) value);
  }

  private static UserProfile profile(String token) {
    Reply reply = server.http().get("/user/me", token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json(UserProfile.class);
  }

  private static String checkout(String token, String body) {
    Reply reply = server.http().send(server.http().request("/checkout/session")
        .header("Authorization", "Bearer " + token).post(RequestBody.create(body, JSON)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json(CheckoutSession.class).sessionId();
  }

  private static void grantEveryService(UUID user) {
    server.database().query(connection -> {
      try (PreparedStatement grant = connection.prepareStatement("""
          INSERT INTO service_access (user_id, service, unlocked_at, locked, expires_at) VALUES (?, ?, ?, false, NULL)
          ON CONFLICT (user_id, service) DO NOTHING""")) {
        for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
          grant.setObject(1, user);
          grant.setString(2, definition.service().id());
          Rows.setInstant(grant, 3, TestServer.START.minus(Duration.ofDays(1)));
          grant.addBatch();
        }
        return grant.executeBatch();
      }
    });
  }

  /** Each service's settings, to undo a fuzzed patch that succeeded. */
  private static List<Object[]> serviceSettings() {
    return server.database().query(connection -> {
      List<Object[]> settings = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT service, enabled, rate_limit_daily, unlock_day FROM service_configs ORDER BY service");
          java.sql.ResultSet row = select.executeQuery()) {
        while (row.next()) {
          settings.add(new Object[] {row.getString(1), row.getBoolean(2), row.getInt(3), row.getInt(4)});
        }
      }
      return settings;
    });
  }

  private static void restore(List<Object[]> settings) {
    server.database().query(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE service_configs SET enabled = ?, rate_limit_daily = ?, unlock_day = ? WHERE service = ?")) {
        for (Object[] service : settings) {
          update.setBoolean(1, (Boolean) service[1]);
          update.setInt(2, (Integer) service[2]);
          update.setInt(3, (Integer) service[3]);
          update.setString(4, (String) service[0]);
          update.addBatch();
        }
        return update.executeBatch();
      }
    });
  }

  // ---- the server, with an identity provider so that /auth/* reach it ---------------------------------------------

  private static Javalin withKeycloak(ApiDependencies deps) {
    KeycloakTokenClient client = new KeycloakTokenClient(new KeycloakClientSettings(
        keycloak.url("/realms/konqer/protocol/openid-connect/token").uri(), "konqer-api", "fuzz-secret", Duration.ofSeconds(5)),
        new OkHttpClient(), MOSHI);
    AuthRoutes auth = new AuthRoutes(server.devTokens(), client);
    return KonqerApi.create(new ApiDependencies(deps.database(), deps.verifier(), auth, deps.clock(),
        deps.metrics(), deps.validator(), deps.version(), deps.maxBodyBytes(), deps.shutdownGrace(),
        deps.generation(), deps.billing()));
  }

  private static MockWebServer keycloak() {
    MockWebServer keycloak = new MockWebServer();
    keycloak.setDispatcher(new KeycloakStandIn());
    try {
      keycloak.start();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return keycloak;
  }
}
