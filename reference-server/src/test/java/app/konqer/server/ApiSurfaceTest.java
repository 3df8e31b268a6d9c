package app.konqer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.RouteTable.Route;
import app.konqer.server.auth.Access;
import app.konqer.server.http.AccessLog;
import app.konqer.server.operations.Health;
import app.konqer.server.testing.LogCapture;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public surface of the production API: its routes and their rules, the contract, health and metrics. */
class ApiSurfaceTest {
  private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options|trace):.*$");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void everyRouteDeclaresAnAccessRule() {
    List<Route> routes = RouteTable.of(server.server().app());

    assertThat(routes).extracting(r -> r.method() + " " + r.path() + " " + r.access()).containsExactly(
        "GET /.well-known/jwks.json PUBLIC",
        "GET /admin/metrics/generations ADMIN",
        "GET /admin/metrics/mrr ADMIN",
        "GET /admin/services ADMIN",
        "PATCH /admin/services/{service} ADMIN",
        "GET /admin/users ADMIN",
        "POST /auth/dev-token PUBLIC",
        "POST /auth/exchange-token PUBLIC",
        "POST /auth/refresh PUBLIC",
        "GET /billing/payments USER",
        "GET /billing/plans PUBLIC",
        "GET /billing/subscriptions USER",
        "POST /billing/subscriptions/{id}/cancel USER",
        "GET /checkout/dev/{session_id} PUBLIC",
        "POST /checkout/dev/{session_id}/confirm PUBLIC",
        "POST /checkout/founding USER",
        "POST /checkout/session USER",
        "GET /health PUBLIC",
        "GET /health/live PUBLIC",
        "GET /metrics PUBLIC",
        "GET /openapi.yaml PUBLIC",
        "GET /services PUBLIC",
        "POST /services/{service}/generate USER",
        "GET /user/history USER",
        "GET /user/history/{id} USER",
        "GET /user/me USER",
        "GET /user/services USER",
        "GET /user/subscriptions USER",
        "GET /user/usage USER",
        "POST /webhooks/stripe PUBLIC");
  }

  @Test
  void anAppWithARouteWithoutAnAccessRuleDoesNotBuild() {
    assertThatThrownBy(() -> Javalin.create(config -> {
      config.events.handlerAdded(RouteTable::requireAccessRule);
      config.routes.get("/forgotten", ctx -> ctx.result("open"));
    })).hasStackTraceContaining("GET /forgotten: A route declares no access rule");
  }

  @Test
  void aRouteWithTwoAccessRulesIsRefused() {
    assertThatThrownBy(() -> Javalin.create(config -> {
      config.events.handlerAdded(RouteTable::requireAccessRule);
      config.routes.get("/ambiguous", ctx -> ctx.result("?"), Access.PUBLIC, Access.ADMIN);
    })).hasStackTraceContaining("two access rules");
  }

  @Test
  void theOpenApiDocumentCoversExactlyTheRegisteredRoutes() {
    Reply reply = server.http().get("/openapi.yaml");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.mediaType()).isEqualTo("application/yaml");
    assertThat(reply.body()).startsWith("openapi: 3.1");

    Set<String> documented = documentedOperations(reply.body());
    Set<String> registered = RouteTable.of(server.server().app()).stream()
        .map(route -> route.method() + " " + route.path())
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(documented).isEqualTo(registered);
    assertThat(reply.body()).contains("    Problem:", "application/problem+json");
  }

  @Test
  void theOpenApiDocumentDescribesTheInputAndOutputOfEveryService() {
    String document = server.http().get("/openapi.yaml").body();

    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      for (Class<?> type : List.of(definition.inputType(), definition.outputType())) {
        String name = type.getSimpleName();
        assertThat(document).contains("    " + name + ":\n", "{$ref: \"#/components/schemas/" + name + "\"}");
      }
    }
  }

  @Test
  void healthReportsTheVersionAndTheDatabase() {
    Reply reply = server.http().get("/health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json(Health.class)).isEqualTo(new Health("ok", "test", "up"));
  }

  @Test
  void metricsCountRequestsByRouteTemplateAndStatusAndShowThePool() throws Exception {
    try (LogCapture access = LogCapture.of(AccessLog.LOGGER)) {
      server.http().get("/user/me", TestTokens.user("kc-metrics"));
      server.http().get("/user/me");
      server.http().send(server.http().request("/user/me").method("BREW", null));
      Reply last = server.http().get("/nowhere");
      access.await(line -> line.contains(last.header("X-Request-Id")), Duration.ofSeconds(10));
    }

    Reply reply = server.http().get("/metrics");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.mediaType()).isEqualTo("text/plain");
    assertThat(reply.body())
        .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/user/me\",status=\"200\"}")
        .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/user/me\",status=\"401\"}")
        .contains("http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}")
        .contains("http_server_requests_seconds_count{method=\"OTHER\",route=\"unmatched\",status=\"405\"}")
        .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/user/me\",status=\"200\",le=")
        .contains("hikaricp_connections_active{pool=\"konqer\"}")
        .contains("jvm_memory_used_bytes")
        .doesNotContain("/nowhere", "BREW");
  }

  @Test
  void theAccessLogHasOneLinePerRequestWithoutTheToken() throws Exception {
    String token = TestTokens.user("kc-logged");
    try (LogCapture access = LogCapture.of(AccessLog.LOGGER)) {
      Reply reply = server.http().get("/user/me", token);
      String id = reply.header("X-Request-Id");

      String line = access.await(message -> message.contains(id), Duration.ofSeconds(10));

      String user = reply.json(UserProfile.class).id().toString();
      assertThat(line).matches("GET /user/me 200 \\d+\\.\\dms request_id=" + id + " user=" + user);
      assertThat(access.messages()).filteredOn(message -> message.contains(id)).hasSize(1);
      assertThat(String.join("\n", access.messages())).doesNotContain(token, "kc-logged@example.com");
    }
  }

  @Test
  void theAccessLogNamesTheRouteNotTheRawPathAndNoUserWhenUnauthenticated() throws Exception {
    try (LogCapture access = LogCapture.of(AccessLog.LOGGER)) {
      Reply reply = server.http().get("/user/me?token=secret-in-query");
      String id = reply.header("X-Request-Id");

      String line = access.await(message -> message.contains(id), Duration.ofSeconds(10));

      assertThat(line).startsWith("GET /user/me 401 ").endsWith(" user=-").doesNotContain("secret");
    }
  }

  private static Set<String> documentedOperations(String yaml) {
    Set<String> operations = new TreeSet<>();
    boolean inPaths = false;
    String path = null;
    for (String line : yaml.split("\n")) {
      if (!line.startsWith(" ") && !line.isBlank()) {
        inPaths = line.startsWith("paths:");
        continue;
      }
      if (!inPaths) {
        continue;
      }
      Matcher pathLine = PATH.matcher(line);
      if (pathLine.matches()) {
        path = pathLine.group(1);
        continue;
      }
      Matcher methodLine = METHOD.matcher(line);
      if (methodLine.matches() && path != null) {
        operations.add(methodLine.group(1).toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    return operations;
  }
}
