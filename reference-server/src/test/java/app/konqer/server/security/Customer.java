package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.UserProfile;
import app.konqer.server.testing.Http;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestTokens;
import java.util.Map;
import java.util.UUID;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A user of a test server who buys and generates through the real routes, as a CRM integration would: a checkout
 * session, the dev checkout's confirmation (a signed {@code checkout.session.completed} through the webhook code),
 * then generations.
 *
 * @param http the server's client
 * @param token the user's bearer token
 * @param id the user's id
 */
record Customer(Http http, String token, UUID id) {

  /** Signs a user in (which creates the user) under a subject. */
  static Customer signIn(Http http, String subject) {
    String token = TestTokens.user(subject);
    Reply me = http.get("/user/me", token);
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    return new Customer(http, token, me.json(UserProfile.class).id());
  }

  /** Opens a checkout session with the given body. */
  Reply openCheckout(String route, String body, String idempotencyKey) {
    Request.Builder request = http.request(route).post(RequestBody.create(body, RouteCalls.JSON))
        .header("Authorization", "Bearer " + token);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.send(request);
  }

  /** Confirms a dev checkout session as a program would, with an optional body; answers the subscription. */
  Reply confirm(String sessionId, String body) {
    return http.send(http.request("/checkout/dev/" + sessionId + "/confirm")
        .header("Accept", "application/json")
        .post(RequestBody.create(body, RouteCalls.JSON)));
  }

  /** Buys the monthly bundle through checkout and the dev confirmation. */
  Subscription buyBundle() {
    Reply opened = openCheckout("/checkout/session", "{\"plan\":\"monthly_bundle\"," + RouteCalls.URLS + "}", null);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    Reply confirmed = confirm(opened.json(CheckoutSession.class).sessionId(), "{}");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    return confirmed.json(Subscription.class);
  }

  /** Generates a cold DM with the given body and headers. */
  Reply generate(String body, Map<String, String> headers) {
    Request.Builder request = http.request("/services/cold-dm/generate")
        .post(RequestBody.create(body, RouteCalls.JSON))
        .header("Authorization", "Bearer " + token);
    headers.forEach(request::header);
    return http.send(request);
  }

  /** Generates a cold DM from the sample input; answers the generation's id. */
  UUID generate() {
    Reply reply = generate(RouteCalls.COLD_DM_INPUT, Map.of());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return UUID.fromString(reply.json(Map.class).get("id").toString());
  }

  /** {@code GET} a path as this user. */
  Reply get(String path) {
    return http.get(path, token);
  }

  /** {@code POST} a JSON body to a path as this user. */
  Reply post(String path, String body) {
    return http.send(http.request(path).header("Authorization", "Bearer " + token)
        .post(RequestBody.create(body, RouteCalls.JSON)));
  }
}
