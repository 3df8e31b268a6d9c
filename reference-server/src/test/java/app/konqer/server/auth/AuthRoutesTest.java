package app.konqer.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.model.UserProfile;
import app.konqer.server.ApiDependencies;
import app.konqer.server.KonqerApi;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.nimbusds.jose.jwk.JWKSet;
import io.javalin.Javalin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code /auth/*} routes as a client sees them, in dev mode and with an external issuer. */
class AuthRoutesTest {
  private static final String JSON = "application/json";

  @Nested
  class InDevMode {
    @RegisterExtension
    static final TestServer server = TestServer.api();

    @Test
    void aDevTokenSignsTheUserIn() {
      Reply minted = server.http().post("/auth/dev-token", JSON,
          "{\"email\":\"Dana@Example.com\",\"name\":\"Dana\",\"roles\":[\"admin\"]}");

      assertThat(minted.status()).isEqualTo(200);
      TokenSet tokens = minted.json(TokenSet.class);
      assertThat(tokens.tokenType()).isEqualTo("Bearer");
      assertThat(tokens.expiresIn()).isEqualTo(3600L);

      UserProfile me = server.http().get("/user/me", tokens.accessToken()).json(UserProfile.class);
      assertThat(me.email()).isEqualTo("dana@example.com");
      assertThat(me.name()).isEqualTo("Dana");
      assertThat(me.roles()).containsExactly("admin");
    }

    @Test
    void theSameEmailIsTheSameUser() {
      String first = token("same@example.com");
      String second = token("SAME@example.com");

      UserProfile a = server.http().get("/user/me", first).json(UserProfile.class);
      UserProfile b = server.http().get("/user/me", second).json(UserProfile.class);

      assertThat(a.id()).isEqualTo(b.id());
    }

    @Test
    void theJwksPublishesThePublicKeyOnly() throws Exception {
      Reply reply = server.http().get("/.well-known/jwks.json");

      assertThat(reply.status()).isEqualTo(200);
      JWKSet keys = JWKSet.parse(reply.body());
      assertThat(keys.getKeys()).singleElement().satisfies(key -> assertThat(key.isPrivate()).isFalse());
    }

    @Test
    void aDevTokenRequestWithoutAnEmailIsAValidationProblem() {
      Reply reply = server.http().post("/auth/dev-token", JSON, "{\"name\":\"Nobody\"}");

      assertThat(reply.status()).isEqualTo(422);
      assertThat(reply.problem().code()).isEqualTo("validation_failed");
      assertThat(reply.problem().errors()).extracting(e -> e.field()).containsExactly("email");
    }

    @Test
    void aNullRoleIsAClientErrorNotAServerError() {
      Reply reply = server.http().post("/auth/dev-token", JSON, "{\"email\":\"x@example.com\",\"roles\":[null]}");

      assertThat(reply.status()).isBetween(400, 499);
      assertThat(reply.mediaType()).isEqualTo("application/problem+json");
    }

    @Test
    void codeExchangeWithoutKeycloakIsUnavailableNotAnError() {
      Reply reply = server.http().post("/auth/exchange-token", JSON,
          "{\"code\":\"abc\",\"redirect_uri\":\"https://crm.example.com/cb\"}");

      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.problem().code()).isEqualTo("identity_provider_not_configured");
    }

    @Test
    void refreshWithoutKeycloakIsUnavailable() {
      Reply reply = server.http().post("/auth/refresh", JSON, "{\"refresh_token\":\"r\"}");

      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.problem().code()).isEqualTo("identity_provider_not_configured");
    }

    private String token(String email) {
      return server.http().post("/auth/dev-token", JSON, "{\"email\":\"" + email + "\"}")
          .json(TokenSet.class).accessToken();
    }
  }

  @Nested
  class WithAnExternalIssuer {
    @RegisterExtension
    static final TestServer server = TestServer.app(AuthRoutesTest::withoutDevMode);

    @Test
    void theDevTokenRouteDoesNotExist() {
      Reply reply = server.http().post("/auth/dev-token", JSON, "{\"email\":\"mallory@example.com\"}");

      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.problem().code()).isEqualTo("not_found");
      assertThat(server.http().get("/.well-known/jwks.json").status()).isEqualTo(404);
    }

    @Test
    void aDevTokenFromAnotherServerIsRefused() {
      DevTokenIssuer other = DevTokenIssuer.ephemeral("konqer-dev", JwtTokenVerifier.DEFAULT_AUDIENCE,
          DevTokenIssuer.DEFAULT_TTL, server.clock());
      String forged = other.issue(new app.konqer.sdk.auth.DevTokenRequest("m@example.com", "M", null))
          .accessToken();

      Reply reply = server.http().get("/user/me", forged);

      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void usersStillSignInWithIssuerTokens() {
      assertThat(server.http().get("/user/me", TestTokens.user("kc-ext")).status()).isEqualTo(200);
    }
  }

  private static Javalin withoutDevMode(ApiDependencies deps) {
    return KonqerApi.create(new ApiDependencies(deps.database(), deps.verifier(), new AuthRoutes(null, null),
        deps.clock(), deps.metrics(), deps.validator(), deps.version(), deps.maxBodyBytes(), deps.shutdownGrace(),
        deps.generation(), deps.billing()));
  }
}
