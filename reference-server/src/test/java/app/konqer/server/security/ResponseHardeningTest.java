package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.server.RouteTable.Route;
import app.konqer.server.auth.Access;
import app.konqer.server.testing.LogCapture;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suite 4, the cheap OWASP API Top 10 points (API8, security misconfiguration): hardening headers on every response,
 * problems that reveal no stack trace, class or SQL whatever the input, CORS closed to other origins, and bearer and
 * refresh tokens that never reach a log line.
 */
class ResponseHardeningTest {
  /** What a problem must never show: the server's insides. */
  private static final List<String> INSIDES = List.of("Exception", "\tat ", "at app.konqer", "java.lang", "java.util",
      "jakarta.", "com.squareup", "io.javalin", "org.eclipse", "org.postgresql", "PSQL", "SQLState", "Hikari",
      "ERROR:", "relation \"", "syntax error", "duplicate key", "violates", "constraint", "SELECT ", "INSERT ",
      "UPDATE ", "pg_");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void everyResponseForbidsContentSniffingAndAuthenticatedOnesAreNeverStored() {
    String user = TestTokens.user("hardening-user");
    Map<String, Reply> replies = new LinkedHashMap<>();
    replies.put("a public JSON route", server.http().get("/billing/plans"));
    replies.put("the OpenAPI document", server.http().get("/openapi.yaml"));
    replies.put("an unmatched path", server.http().get("/nowhere"));
    replies.put("a wrong method", server.http().send(server.http().request("/user/me").delete()));
    replies.put("a malformed body", server.http().post("/auth/dev-token", "application/json", "{"));
    replies.put("headers Jetty refuses", server.http().send(server.http().request("/user/me")
        .header("X-Huge", "x".repeat(70_000))));
    for (Route route : RouteCalls.authenticated(server.server().app())) {
      replies.put(RouteCalls.key(route) + " as a user", RouteCalls.call(server.http(), route, "Bearer " + user));
      replies.put(RouteCalls.key(route) + " without a token", RouteCalls.call(server.http(), route, null));
    }

    SoftAssertions soft = new SoftAssertions();
    replies.forEach((what, reply) ->
        soft.assertThat(reply.header("X-Content-Type-Options")).as("%s (%d)", what, reply.status()).isEqualTo("nosniff"));
    replies.entrySet().stream().filter(entry -> entry.getKey().startsWith("GET /") || entry.getKey().startsWith("POST /")
        || entry.getKey().startsWith("PATCH /")).forEach(entry -> soft.assertThat(entry.getValue().header("Cache-Control"))
        .as("%s (%d)", entry.getKey(), entry.getValue().status()).isEqualTo("no-store"));
    soft.assertAll();
  }

  @Test
  void problemsRevealNothingOfTheServersInsides() {
    String user = TestTokens.user("hardening-inputs");
    String admin = TestTokens.admin("hardening-admin");
    List<Request.Builder> attacks = new ArrayList<>();
    for (String body : List.of("{", "[]", "null", "{\"prospect_name\":1e999}", "{\"prospect_name\":\"a\\u0000b\","
        + "\"company\":\"c\\u0000\",\"offer\":\"o\\u0000\"}", "{\"prospect_name\":\"\\ud800\",\"company\":\"c\","
        + "\"offer\":\"o\"}", "[".repeat(5_000), "{\"prospect_name\":\"x\",\"company\":\"y\",\"offer\":\"z\","
        + "\"tone\":\"' OR 1=1--\"}", "{\"prospect_name\":{\"$gt\":\"\"},\"company\":\"y\",\"offer\":\"z\"}")) {
      attacks.add(post("/services/cold-dm/generate", user, body, "application/json"));
    }
    attacks.add(post("/services/cold-dm/generate", user, "\u0000\u00ff\u00fe", "application/json"));
    attacks.add(server.http().request("/services/cold-dm/generate").header("Authorization", "Bearer " + user)
        .post(RequestBody.create(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            MediaType.get("application/json"))));
    attacks.add(post("/services/cold-dm/generate", user, RouteCalls.COLD_DM_INPUT, "text/xml"));
    attacks.add(post("/services/%27%3B%20DROP%20TABLE%20users%3B--/generate", user, RouteCalls.COLD_DM_INPUT,
        "application/json"));
    attacks.add(post("/checkout/session", user, "{\"plan\":\"' OR 1=1--\"," + RouteCalls.URLS + "}",
        "application/json"));
    attacks.add(post("/checkout/session", user, "{\"plan\":\"monthly_bundle\",\"success_url\":\"javascript:alert(1)\","
        + "\"cancel_url\":\"x\"}", "application/json"));
    attacks.add(server.http().request("/admin/services/cold-dm").header("Authorization", "Bearer " + admin)
        .patch(RequestBody.create("{\"rate_limit_daily\":99999999999999999999}", RouteCalls.JSON)));
    attacks.add(server.http().request("/admin/services/cold-dm").header("Authorization", "Bearer " + admin)
        .patch(RequestBody.create("{\"rate_limit_daily\":-1,\"unlock_day\":100000}", RouteCalls.JSON)));
    for (String path : List.of("/user/history/%27%20OR%20%271%27=%271", "/user/history/00000000-0000-0000-0000-00000000000g",
        "/user/history?cursor=%27%20OR%201=1--", "/user/history?cursor=" + "A".repeat(2_000), "/user/history?limit=-1",
        "/user/history?limit=1e9", "/user/history?limit=abc", "/user/history?service=%27%20OR%201=1--",
        "/billing/payments?cursor=%00", "/billing/payments?limit=999999999999999999999")) {
      attacks.add(server.http().request(path).header("Authorization", "Bearer " + user));
    }
    attacks.add(post("/billing/subscriptions/%27%20OR%201=1--/cancel", user, "{}", "application/json"));
    attacks.add(server.http().request("/checkout/dev/%27%20OR%201=1--"));
    attacks.add(server.http().request("/user/me").header("Authorization", "Bearer ' OR 1=1--"));
    attacks.add(server.http().request("/user/me").header("X-Request-Id", "'; DROP TABLE users;--")
        .header("Authorization", "Bearer " + user));

    SoftAssertions soft = new SoftAssertions();
    for (Request.Builder attack : attacks) {
      Request request = attack.build();
      Reply reply = server.http().send(attack);
      String what = request.method() + " " + request.url().encodedPath() + "?" + request.url().encodedQuery();
      soft.assertThat(reply.status()).as("%s: %s", what, reply.body()).isBetween(200, 499);
      if (reply.status() >= 400) {
        soft.assertThat(reply.mediaType()).as(what).isEqualTo("application/problem+json");
        for (String inside : INSIDES) {
          soft.assertThat(reply.body()).as(what).doesNotContain(inside);
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void corsIsClosedToOtherOrigins() {
    String evil = "https://evil.example";
    Reply preflight = server.http().send(server.http().request("/user/me").method("OPTIONS", null)
        .header("Origin", evil)
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization"));
    Reply read = server.http().send(server.http().request("/user/me").header("Origin", evil)
        .header("Authorization", "Bearer " + TestTokens.user("hardening-cors")));
    Reply publicRead = server.http().send(server.http().request("/billing/plans").header("Origin", "null"));

    assertThat(preflight.status()).isGreaterThanOrEqualTo(400);
    for (Reply reply : List.of(preflight, read, publicRead)) {
      assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
      assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
      assertThat(reply.header("Access-Control-Allow-Headers")).isNull();
    }
    assertThat(read.status()).isEqualTo(200);
  }

  @Test
  void tokensNeverReachALogLine() throws Exception {
    String token = server.devTokens().issue(new DevTokenRequest("logged@example.com", "Logged", List.of()))
        .accessToken();
    String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    String refresh = "refresh-token-secret-" + "r".repeat(40);
    List<String> secrets = List.of(token, tampered, refresh, token.split("\\.")[2], tampered.split("\\.")[2]);

    List<ILoggingEvent> events = new ArrayList<>();
    try (LogCapture root = LogCapture.of(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.INFO);
        LogCapture app = LogCapture.of("app.konqer", Level.DEBUG);
        LogCapture access = LogCapture.of("konqer.access", Level.DEBUG)) {
      List<Reply> replies = List.of(
          server.http().get("/user/me", token),
          server.http().get("/user/me", tampered),
          server.http().get("/admin/users", token),
          server.http().get("/user/history/not-an-id", token),
          server.http().get("/user/me?access_token=" + token),
          server.http().send(server.http().request("/services/cold-dm/generate")
              .header("Authorization", "Bearer " + token)
              .post(RequestBody.create("{\"prospect_name\":\"" + token + "\"}", RouteCalls.JSON))),
          server.http().post("/auth/refresh", "application/json", "{\"refresh_token\":\"" + refresh + "\"}"),
          server.http().send(server.http().request("/webhooks/stripe").header("Stripe-Signature", "t=1,v1=" + token)
              .post(RequestBody.create("{}", RouteCalls.JSON))));
      assertThat(replies).extracting(Reply::status).containsExactly(200, 401, 403, 404, 401, 422, 503, 400);
      String lastId = replies.get(replies.size() - 1).header("X-Request-Id");
      access.await(line -> line.contains(lastId), java.time.Duration.ofSeconds(10));
      events.addAll(root.events());
      events.addAll(app.events());
      events.addAll(access.events());
    }

    assertThat(events).as("something was logged").isNotEmpty();
    for (ILoggingEvent event : events) {
      String text = everything(event);
      for (String secret : secrets) {
        assertThat(text).as("log line of %s", event.getLoggerName()).doesNotContain(secret);
      }
    }
  }

  /** A log event's message, arguments, context and exceptions, as one text. */
  private static String everything(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getFormattedMessage()).append('\n');
    text.append(event.getMDCPropertyMap()).append('\n');
    for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
      text.append(thrown.getClassName()).append(": ").append(thrown.getMessage()).append('\n');
    }
    return text.toString();
  }

  private static Request.Builder post(String path, String token, String body, String contentType) {
    return server.http().request(path).header("Authorization", "Bearer " + token)
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), MediaType.get(contentType)));
  }
}
