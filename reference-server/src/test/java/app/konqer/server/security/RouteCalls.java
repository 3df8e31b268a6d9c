package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.server.RouteTable;
import app.konqer.server.RouteTable.Route;
import app.konqer.server.auth.Access;
import app.konqer.server.testing.Http;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.SampleInputs;
import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Calls any route of the route table with a well-formed request: sample path parameters and, for a route that takes
 * a body, a valid one. A route this class has no sample for fails the test that drives it, so a new route is
 * covered (or noticed) by every suite that walks the table.
 */
final class RouteCalls {
  static final MediaType JSON = MediaType.get("application/json");
  static final String URLS =
      "\"success_url\":\"https://crm.example.com/done?s={CHECKOUT_SESSION_ID}\","
          + "\"cancel_url\":\"https://crm.example.com/back\"";
  static final String COLD_DM_INPUT = KonqerJson.create().adapter(ColdDmInput.class)
      .toJson(SampleInputs.of(ServiceDefinitions.COLD_DM));

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
  /** A valid value for each path parameter. */
  private static final Map<String, String> PARAMETERS = Map.of(
      "id", UUID.randomUUID().toString(),
      "service", ServiceId.COLD_DM.id(),
      "session_id", "cs_dev_unknown");
  /** A valid body for each route that takes one. */
  private static final Map<String, String> BODIES = Map.ofEntries(
      Map.entry("POST /services/{service}/generate", COLD_DM_INPUT),
      Map.entry("POST /checkout/session", "{\"plan\":\"monthly_bundle\"," + URLS + "}"),
      Map.entry("POST /checkout/founding", "{" + URLS + "}"),
      Map.entry("POST /billing/subscriptions/{id}/cancel", "{}"),
      Map.entry("PATCH /admin/services/{service}", "{\"rate_limit_daily\":100}"),
      Map.entry("POST /auth/dev-token", "{\"email\":\"route-calls@example.com\"}"),
      Map.entry("POST /auth/exchange-token", "{\"code\":\"abc\",\"redirect_uri\":\"https://crm.example.com/cb\"}"),
      Map.entry("POST /auth/refresh", "{\"refresh_token\":\"r\"}"),
      Map.entry("POST /checkout/dev/{session_id}/confirm", "{}"),
      Map.entry("POST /webhooks/stripe", "{}"));

  private RouteCalls() {}

  /** The routes of an app that need a token: {@code USER} and {@code ADMIN}. */
  static List<Route> authenticated(Javalin app) {
    List<Route> routes = RouteTable.of(app).stream().filter(route -> route.access() != Access.PUBLIC).toList();
    assertThat(routes).as("the authenticated routes").isNotEmpty();
    return routes;
  }

  /** The routes of an app with a given access rule. */
  static List<Route> withAccess(Javalin app, Access access) {
    return RouteTable.of(app).stream().filter(route -> route.access() == access).toList();
  }

  /** The key of a route in sample tables: {@code METHOD /path/{template}}. */
  static String key(Route route) {
    return route.method() + " " + route.path();
  }

  /** Whether a method carries a body. */
  static boolean takesBody(String method) {
    return WITH_BODY.contains(method);
  }

  /** The route's path with sample values for its parameters. */
  static String path(Route route) {
    return path(route.path(), Map.of());
  }

  /** A template's path with the given values, and sample values for the other parameters. */
  static String path(String template, Map<String, String> values) {
    Matcher parameter = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      String name = parameter.group(1);
      String value = values.getOrDefault(name, PARAMETERS.get(name));
      assertThat(value).as("a sample value for {%s} of %s", name, template).isNotNull();
      parameter.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    return parameter.appendTail(path).toString();
  }

  /** The route's sample body, or {@code null} for a method without one. */
  static String body(Route route) {
    if (!takesBody(route.method())) {
      return null;
    }
    String body = BODIES.get(key(route));
    assertThat(body).as("a sample body for %s", key(route)).isNotNull();
    return body;
  }

  /** A request for the route with its samples, without any Authorization header. */
  static Request.Builder request(Http http, Route route) {
    String body = body(route);
    return http.request(path(route)).method(route.method(), body == null ? null : RequestBody.create(body, JSON));
  }

  /** Calls the route with its samples, sending the given Authorization header value, or none for {@code null}. */
  static Reply call(Http http, Route route, String authorization) {
    Request.Builder request = request(http, route);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request);
  }
}
