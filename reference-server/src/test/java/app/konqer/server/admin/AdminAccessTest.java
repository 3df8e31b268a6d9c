package app.konqer.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.RouteTable;
import app.konqer.server.RouteTable.Route;
import app.konqer.server.auth.Access;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every {@code ADMIN} route of the production API, as the route table lists it: 401 without a token, 403 with a
 * user's token, and served with an admin's. A new admin route is covered without changing this test.
 */
class AdminAccessTest {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  /** A valid value for each path parameter of the admin routes. */
  private static final Map<String, String> SAMPLE_PARAMETERS = Map.of("service", "cold-dm");
  /** A valid body for each admin route that takes one. */
  private static final Map<String, String> SAMPLE_BODIES = Map.of("PATCH /admin/services/{service}",
      "{\"rate_limit_daily\":100}");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void everyAdminRouteRefusesAnonymousCallersAndUsersAndServesAdmins() {
    List<Route> adminRoutes = RouteTable.of(server.server().app()).stream()
        .filter(route -> route.access() == Access.ADMIN)
        .toList();
    assertThat(adminRoutes).extracting(Route::path).contains("/admin/metrics/mrr", "/admin/users");

    SoftAssertions soft = new SoftAssertions();
    for (Route route : adminRoutes) {
      Reply anonymous = call(route, null);
      Reply user = call(route, TestTokens.user("kc-not-an-admin"));
      Reply admin = call(route, TestTokens.admin("kc-admin"));

      soft.assertThat(anonymous.status()).as("%s without a token", route).isEqualTo(401);
      soft.assertThat(anonymous.problem().code()).as("%s without a token", route).isEqualTo("unauthorized");
      soft.assertThat(user.status()).as("%s with a user token", route).isEqualTo(403);
      soft.assertThat(user.problem().code()).as("%s with a user token", route).isEqualTo("forbidden");
      soft.assertThat(admin.status()).as("%s with an admin token: %s", route, admin.body()).isEqualTo(200);
    }
    soft.assertAll();
  }

  private static Reply call(Route route, String token) {
    Request.Builder request = server.http().request(path(route.path()));
    String body = SAMPLE_BODIES.get(route.method() + " " + route.path());
    if (Set.of("POST", "PUT", "PATCH").contains(route.method())) {
      assertThat(body).as("a sample body for %s", route).isNotNull();
    }
    request.method(route.method(), body == null ? null
        : RequestBody.create(body, MediaType.get("application/json")));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return server.http().send(request);
  }

  private static String path(String template) {
    Matcher parameter = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      String value = SAMPLE_PARAMETERS.get(parameter.group(1));
      assertThat(value).as("a sample value for {%s} of %s", parameter.group(1), template).isNotNull();
      parameter.appendReplacement(path, value);
    }
    return parameter.appendTail(path).toString();
  }
}
