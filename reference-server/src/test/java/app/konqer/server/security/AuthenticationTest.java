package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.UserProfile;
import app.konqer.server.ApiDependencies;
import app.konqer.server.KonqerApi;
import app.konqer.server.RouteTable;
import app.konqer.server.RouteTable.Route;
import app.konqer.server.auth.AuthRoutes;
import app.konqer.server.auth.ForgedTokens;
import app.konqer.server.auth.JwtTokenVerifier;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.javalin.Javalin;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suite 4, authentication: every {@code USER} and {@code ADMIN} route of the route table, on a server that trusts a
 * real OIDC issuer (mock-oauth2-server) and has no dev mode, refuses each kind of bad token with a 401 problem and
 * creates no user. A valid token of that issuer is served, which shows the refusals are the tokens' fault.
 */
class AuthenticationTest {
  private static final String REALM = "konqer";
  private static final String AUDIENCE = JwtTokenVerifier.DEFAULT_AUDIENCE;
  private static final MockOAuth2Server oidc = startedIssuer();

  @RegisterExtension
  static final TestServer server = TestServer.app(AuthenticationTest::withoutDevMode)
      .verifier(JwtTokenVerifier.forJwksUrl(oidc.jwksUrl(REALM).uri(), oidc.issuerUrl(REALM).toString(), AUDIENCE,
          Clock.systemUTC()));

  @AfterAll
  static void stopIssuer() {
    oidc.shutdown();
  }

  @Test
  void everyAuthenticatedRouteRefusesEveryBadTokenWith401AndCreatesNoUser() throws Exception {
    Map<String, String> attacks = badAuthorizations();
    List<Route> routes = RouteCalls.authenticated(server.server().app());
    long usersBefore = users();

    SoftAssertions soft = new SoftAssertions();
    int calls = 0;
    for (Route route : routes) {
      for (Map.Entry<String, String> attack : attacks.entrySet()) {
        Reply reply = RouteCalls.call(server.http(), route, attack.getValue());
        calls++;
        String what = RouteCalls.key(route) + " with " + attack.getKey();
        soft.assertThat(reply.status()).as("%s: %s", what, reply.body()).isEqualTo(401);
        soft.assertThat(reply.mediaType()).as(what).isEqualTo("application/problem+json");
        soft.assertThat(reply.header("WWW-Authenticate")).as(what).startsWith("Bearer realm=\"konqer\"");
        if (reply.status() == 401) {
          soft.assertThat(reply.problem().code()).as(what).isIn("unauthorized", "invalid_token");
          soft.assertThat(reply.body()).as(what).doesNotContain("eyJ");
        }
      }
    }
    soft.assertAll();

    assertThat(calls).isEqualTo(routes.size() * attacks.size());
    assertThat(users()).as("users created by refused tokens").isEqualTo(usersBefore);
  }

  @Test
  void aValidTokenOfTheIssuerIsServed() {
    String token = issue(REALM, "kc-valid", AUDIENCE, Map.of("email", "valid@example.com"), 3600).serialize();

    Reply reply = server.http().get("/user/me", token);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json(UserProfile.class).email()).isEqualTo("valid@example.com");
  }

  @Test
  void theDevTokenRoutesDoNotExistWhenAnIssuerIsConfigured() {
    assertThat(RouteTable.of(server.server().app())).extracting(Route::path)
        .doesNotContain("/auth/dev-token", "/.well-known/jwks.json");

    Reply minted = server.http().post("/auth/dev-token", "application/json", "{\"email\":\"mallory@example.com\"}");
    assertThat(minted.status()).isEqualTo(404);
    assertThat(minted.problem().code()).isEqualTo("not_found");
    assertThat(server.http().get("/.well-known/jwks.json").status()).isEqualTo(404);
  }

  /** Each kind of refused Authorization header, by name. */
  private static Map<String, String> badAuthorizations() throws Exception {
    SignedJWT genuine = issue(REALM, "kc-victim", AUDIENCE, Map.of("roles", List.of("admin")), 3600);
    JWTClaimsSet claims = genuine.getJWTClaimsSet();
    RSAKey issuerKey = JWKSet.load(oidc.jwksUrl(REALM).url()).getKeys().get(0).toRSAKey();
    RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
    RSAKey impostor = new RSAKeyGenerator(2048).keyID(issuerKey.getKeyID()).generate();
    SignedJWT otherIssuer = issue(REALM, "kc-mallory", AUDIENCE, Map.of("iss", "https://evil.example.com/realms/konqer"),
        3600);
    assertThat(otherIssuer.getJWTClaimsSet().getIssuer()).as("the issuer claim the forgery carries")
        .isEqualTo("https://evil.example.com/realms/konqer");
    JWTClaimsSet elevated = new JWTClaimsSet.Builder(claims).subject("kc-someone-else").build();

    Map<String, String> attacks = new LinkedHashMap<>();
    attacks.put("no header", null);
    attacks.put("a token signed by another key naming the issuer's kid",
        bearer(ForgedTokens.signed(impostor, claims)));
    attacks.put("a token signed by an unknown kid", bearer(ForgedTokens.signed(attacker, claims)));
    attacks.put("an expired token", bearer(issue(REALM, "kc-expired", AUDIENCE, Map.of(), -3600).serialize()));
    attacks.put("alg none", bearer(ForgedTokens.algNone(claims)));
    attacks.put("alg none on a real token", bearer(ForgedTokens.algNoneHeaderOn(genuine.serialize())));
    attacks.put("HS256 with the issuer's public key (DER)",
        bearer(ForgedTokens.hs256WithSecret(ForgedTokens.der(issuerKey), issuerKey.getKeyID(), claims)));
    attacks.put("HS256 with the issuer's public key (PEM)",
        bearer(ForgedTokens.hs256WithSecret(ForgedTokens.pem(issuerKey), issuerKey.getKeyID(), claims)));
    attacks.put("a wrong audience", bearer(issue(REALM, "kc-aud", "some-other-api", Map.of(), 3600).serialize()));
    attacks.put("a wrong issuer", bearer(otherIssuer.serialize()));
    attacks.put("another issuer of the same server", bearer(issue("elsewhere", "kc-iss", AUDIENCE, Map.of(), 3600)
        .serialize()));
    attacks.put("a tampered payload", bearer(ForgedTokens.withPayload(genuine.serialize(), elevated)));
    attacks.put("garbage", bearer("not-a-jwt"));
    attacks.put("three empty parts", "Bearer ..");
    attacks.put("an empty bearer", "Bearer ");
    attacks.put("the token without a scheme", genuine.serialize());
    attacks.put("the Basic scheme", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes()));
    attacks.put("the Token scheme", "Token " + genuine.serialize());
    attacks.put("an over-long token", bearer("e" + "x".repeat(7_000)));
    return attacks;
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static SignedJWT issue(String issuer, String subject, String audience, Map<String, Object> claims,
      long lifetimeSeconds) {
    return oidc.issueToken(issuer, subject, audience, claims, lifetimeSeconds);
  }

  private static long users() {
    return server.database().query(connection -> {
      try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM users");
          ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  private static MockOAuth2Server startedIssuer() {
    MockOAuth2Server server = new MockOAuth2Server();
    server.start();
    return server;
  }

  private static Javalin withoutDevMode(ApiDependencies deps) {
    return KonqerApi.create(new ApiDependencies(deps.database(), deps.verifier(), new AuthRoutes(null, null),
        deps.clock(), deps.metrics(), deps.validator(), deps.version(), deps.maxBodyBytes(), deps.shutdownGrace(),
        deps.generation(), deps.billing()));
  }
}
