package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.auth.TokenProvider;
import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.error.AuthenticationException;
import app.konqer.sdk.error.KonqerException;
import app.konqer.sdk.testing.Echo;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class AuthTest extends ServerTest {
  private static final String TOKENS = "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,"
      + "\"refresh_token\":\"rt\"}";

  @Test
  void callsCarryTheProvidersBearerToken() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));

    client().user().me();

    assertThat(take().getHeader("Authorization")).isEqualTo("Bearer token-1");
  }

  @Test
  void a401InvalidatesTheTokenAndReplaysOnceWithAFreshOne() throws Exception {
    server.enqueue(Json.problem(401, "invalid_token", "Token expired"));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThat(client().user().me().name()).isEqualTo("Ada");

    assertThat(take().getHeader("Authorization")).isEqualTo("Bearer token-1");
    assertThat(take().getHeader("Authorization")).isEqualTo("Bearer token-2");
    assertThat(tokens.invalidated()).containsExactly("token-1");
  }

  @Test
  void a401ReplayResendsTheBodyEvenOfAPostThatIsNeverRetried() throws Exception {
    server.enqueue(Json.problem(401, "invalid_token", "Token expired"));
    server.enqueue(Json.ok("{\"message\":\"ok\",\"count\":1}"));
    RequestOptions noKey = RequestOptions.builder().noIdempotencyKey().build();

    client().execute(ApiRequest.post("/echo", Echo.class)
        .body(new Echo("hi", 1)).options(noKey).build());

    assertThat(take().getBody().readUtf8()).isEqualTo("{\"message\":\"hi\",\"count\":1}");
    assertThat(take().getBody().readUtf8()).isEqualTo("{\"message\":\"hi\",\"count\":1}");
  }

  @Test
  void aSecond401IsReportedInsteadOfLooping() {
    server.enqueue(Json.problem(401, "invalid_token", "Token expired"));
    server.enqueue(Json.problem(401, "invalid_token", "Token expired"));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_token"));

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(tokens.invalidated()).containsExactly("token-1");
    assertThat(time.slept()).isEmpty();
  }

  @Test
  void aStaticTokenRefusedWithA401IsNotReplayed() throws Exception {
    try (KonqerClient client = builder().bearerToken("fixed").build()) {
      server.enqueue(Json.problem(401, "invalid_token", "Token expired"));

      assertThatThrownBy(() -> client.user().me()).isInstanceOf(AuthenticationException.class);

      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(take().getHeader("Authorization")).isEqualTo("Bearer fixed");
    }
  }

  @Test
  void aStaticTokenGoesOnEveryAttemptAndOnlyToAuthenticatedCalls() throws Exception {
    try (KonqerClient client = builder().bearerToken("fixed").build()) {
      server.enqueue(Json.problem(503, "unavailable", "Try again"));
      server.enqueue(Json.ok(Json.PROFILE));
      server.enqueue(Json.ok(TOKENS));

      client.user().me();
      client.auth().refresh("rt-1");

      assertThat(take().getHeader("Authorization")).isEqualTo("Bearer fixed");
      assertThat(take().getHeader("Authorization")).as("the retry").isEqualTo("Bearer fixed");
      var refresh = take();
      assertThat(refresh.getPath()).isEqualTo("/auth/refresh");
      assertThat(refresh.getHeader("Authorization")).isNull();
    }
  }

  @Test
  void theClientsTokenReplacesAnAuthorizationHeaderInTheOptions() throws Exception {
    RequestOptions other = RequestOptions.builder().header("Authorization", "Bearer someone-else").build();
    try (KonqerClient fixed = builder().bearerToken("fixed").build()) {
      server.enqueue(Json.ok(Json.PROFILE));
      server.enqueue(Json.ok(Json.PROFILE));

      fixed.user().me(other);
      client().user().me(other);

      assertThat(take().getHeaders().values("Authorization")).containsExactly("Bearer fixed");
      assertThat(take().getHeaders().values("Authorization")).containsExactly("Bearer token-1");
    }
  }

  @Test
  void tokenEndpointsSendNoAuthorizationHeader() throws Exception {
    server.enqueue(Json.ok(TOKENS));
    server.enqueue(Json.ok(TOKENS));
    server.enqueue(Json.ok(TOKENS));

    TokenSet exchanged = client().auth().exchangeCode("the-code", "https://crm.example/callback");
    client().auth().refresh("rt-1");
    client().auth().devToken(new DevTokenRequest("ada@example.com", "Ada", List.of("admin")));

    assertThat(exchanged.accessToken()).isEqualTo("at");
    assertThat(exchanged.refreshToken()).isEqualTo("rt");
    for (String path : List.of("/auth/exchange-token", "/auth/refresh", "/auth/dev-token")) {
      var request = take();
      assertThat(request.getPath()).isEqualTo(path);
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getHeader("Authorization")).isNull();
    }
  }

  @Test
  void tokenEndpointsWorkOnAClientWithoutCredentials() throws Exception {
    try (KonqerClient anonymous = KonqerClient.builder().baseUrl(baseUrl()).build()) {
      server.enqueue(Json.ok(TOKENS));

      assertThat(anonymous.auth().refresh("rt-1").accessToken()).isEqualTo("at");
      assertThat(take().getBody().readUtf8()).isEqualTo("{\"refresh_token\":\"rt-1\"}");
    }
  }

  @Test
  void aCallThatNeedsCredentialsFailsClearlyOnAClientWithoutAndSendsNothing() {
    try (KonqerClient anonymous = KonqerClient.builder().baseUrl(baseUrl()).build()) {
      assertThatThrownBy(() -> anonymous.user().me())
          .isInstanceOf(KonqerException.class)
          .hasMessageContaining("needs credentials")
          .hasMessageContaining("KONQER_API_TOKEN");
      assertThatThrownBy(() -> anonymous.user().meAsync().join())
          .isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(KonqerException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void aFailingTokenProviderFailsTheCallWithoutSendingOrRetrying() {
    TokenProvider broken = () -> {
      throw new KonqerException("Keycloak is down");
    };
    try (KonqerClient client = builder().tokenProvider(broken).build()) {
      assertThatThrownBy(() -> client.user().me()).isInstanceOf(KonqerException.class)
          .hasMessage("Keycloak is down");
      assertThatThrownBy(() -> client.user().meAsync().join())
          .hasCauseInstanceOf(KonqerException.class)
          .hasRootCauseMessage("Keycloak is down");
      assertThat(server.getRequestCount()).isZero();
      assertThat(time.slept()).isEmpty();
    }
  }

  @Test
  void aProviderThatThrowsSomethingElseIsReportedAsAKonqerException() {
    TokenProvider broken = () -> {
      throw new IllegalStateException("no network");
    };
    try (KonqerClient client = builder().tokenProvider(broken).build()) {
      assertThatThrownBy(() -> client.user().me()).isInstanceOf(KonqerException.class)
          .hasMessageContaining("token provider failed")
          .hasRootCauseInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aBlankBearerTokenIsRefusedWhenConfigured() {
    assertThatThrownBy(() -> KonqerClient.builder().bearerToken(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
