package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.RouteTable;
import app.konqer.server.RouteTable.Route;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suite 4: the route table is the whole surface. Every path the table names, and paths frameworks commonly add
 * (route overviews, static files, API consoles), under every HTTP method, with an admin's token so that no access
 * rule hides a route: whatever the router serves is in the table, with an access rule; everything else is the
 * router's 404 or 405. A route Javalin or a plugin added behind the table's back would fail here.
 */
class RouteTableCompletenessTest {
  private static final List<String> PROBES = List.of("/", "/index.html", "/favicon.ico", "/routes", "/api",
      "/swagger", "/swagger-ui", "/redoc", "/openapi.json", "/webjars/", "/static/app.js", "/actuator",
      "/actuator/health", "/admin", "/user", "/billing", "/checkout", "/checkout/dev", "/auth", "/services/cold-dm",
      "/user/history/x/y", "/.well-known/openid-configuration", "/metrics/x", "/health/live/x");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void whatTheServerServesIsExactlyTheRouteTable() {
    List<Route> table = RouteTable.of(server.server().app());
    Set<String> templates = new LinkedHashSet<>();
    table.forEach(route -> templates.add(route.path()));
    String admin = "Bearer " + TestTokens.admin("routes-admin");

    SoftAssertions soft = new SoftAssertions();
    int calls = 0;
    for (String template : templates) {
      for (String method : FunctionLevelAccessTest.METHODS) {
        boolean listed = table.stream().anyMatch(r -> r.path().equals(template) && r.method().equals(method));
        Reply reply = call(method, RouteCalls.path(template, Map.of()), admin);
        calls++;
        if (listed) {
          soft.assertThat(unrouted(reply)).as("%s %s is listed and routed: %s", method, template, reply.body())
              .isFalse();
          soft.assertThat(reply.status()).as("%s %s: %s", method, template, reply.body()).isLessThan(500);
        } else {
          soft.assertThat(unrouted(reply)).as("%s %s is not listed: %s", method, template, reply.body()).isTrue();
        }
      }
    }
    for (String probe : PROBES) {
      for (String method : FunctionLevelAccessTest.METHODS) {
        Reply reply = call(method, probe, admin);
        calls++;
        soft.assertThat(unrouted(reply)).as("%s %s: %s", method, probe, reply.body()).isTrue();
      }
    }
    soft.assertAll();
    assertThat(calls).isGreaterThan(templates.size() * FunctionLevelAccessTest.METHODS.size());
  }

  /** Whether the router found no route: 405, or a 404 that is the router's own (not a handler's "no such id"). */
  private static boolean unrouted(Reply reply) {
    if (reply.status() == 405) {
      return true;
    }
    return reply.status() == 404 && (reply.body().isEmpty() || reply.problem().detail().startsWith("No route matches"));
  }

  private static Reply call(String method, String path, String authorization) {
    RequestBody body = RouteCalls.takesBody(method) ? RequestBody.create("{}", RouteCalls.JSON) : null;
    Request.Builder request = server.http().request(path).method(method, body).header("Authorization", authorization);
    return server.http().send(request);
  }
}
