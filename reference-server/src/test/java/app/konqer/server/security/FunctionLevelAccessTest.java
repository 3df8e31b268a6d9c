package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.RouteTable.Route;
import app.konqer.server.auth.Access;
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
 * Suite 4, broken function level authorization (API5): every path of an {@code ADMIN} route, as the route table
 * lists them, under every HTTP method, with users' tokens (including roles that only look like {@code admin}): the
 * registered methods answer 403 {@code forbidden} and change nothing, the others 405, and none answers 2xx.
 */
class FunctionLevelAccessTest {
  static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");
  private static final String ADMIN_TABLES_QUERY = "service_configs";

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void everyAdminPathRefusesUsersUnderEveryMethod() {
    List<Route> adminRoutes = RouteCalls.withAccess(server.server().app(), Access.ADMIN);
    assertThat(adminRoutes).extracting(Route::path).contains("/admin/metrics/mrr", "/admin/users",
        "/admin/services/{service}");
    Set<String> paths = new LinkedHashSet<>();
    adminRoutes.forEach(route -> paths.add(route.path()));
    Map<String, String> notAdmins = Map.of(
        "a user", TestTokens.user("bfla-user"),
        "a user with role Admin", "test:bfla-case:bfla-case@example.com:Admin",
        "a user with role administrator", "test:bfla-long:bfla-long@example.com:administrator,user",
        "a user with role ' admin'", "test:bfla-space:bfla-space@example.com: admin");
    Tables tables = new Tables(server.database());
    Map<String, ?> before = tables.snapshot(ADMIN_TABLES_QUERY);

    SoftAssertions soft = new SoftAssertions();
    int calls = 0;
    for (String path : paths) {
      for (String method : METHODS) {
        boolean registered = adminRoutes.stream()
            .anyMatch(route -> route.path().equals(path) && route.method().equals(method));
        for (Map.Entry<String, String> caller : notAdmins.entrySet()) {
          Reply reply = call(method, path, caller.getValue());
          calls++;
          String what = method + " " + path + " as " + caller.getKey();
          soft.assertThat(reply.status()).as("%s: %s", what, reply.body()).isEqualTo(registered ? 403 : 405);
          if (!method.equals("HEAD")) {
            soft.assertThat(reply.mediaType()).as(what).isEqualTo("application/problem+json");
            soft.assertThat(reply.problem().code()).as(what).isEqualTo(registered ? "forbidden" : "method_not_allowed");
          }
        }
      }
    }
    soft.assertAll();

    assertThat(calls).isEqualTo(paths.size() * METHODS.size() * notAdmins.size());
    assertThat(tables.snapshot(ADMIN_TABLES_QUERY)).as("admin state after users' calls").isEqualTo(before);
  }

  @Test
  void theSameCallsServeAnAdmin() {
    for (Route route : RouteCalls.withAccess(server.server().app(), Access.ADMIN)) {
      Reply reply = RouteCalls.call(server.http(), route, "Bearer " + TestTokens.admin("bfla-admin"));
      assertThat(reply.status()).as("%s: %s", RouteCalls.key(route), reply.body()).isEqualTo(200);
    }
  }

  private static Reply call(String method, String template, String token) {
    String path = RouteCalls.path(template, Map.of());
    RequestBody body = RouteCalls.takesBody(method) ? RequestBody.create("{\"rate_limit_daily\":1,\"enabled\":false}",
        RouteCalls.JSON) : null;
    Request.Builder request = server.http().request(path).method(method, body)
        .header("Authorization", "Bearer " + token);
    return server.http().send(request);
  }
}
