package app.konqer.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.auth.CodeExchangeRequest;
import app.konqer.sdk.auth.RefreshRequest;
import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.http.ApiError;
import app.konqer.server.testing.MutableClock;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Keycloak token client against a real OIDC server, and against a token endpoint that misbehaves. */
class KeycloakTokenClientTest {
  private static final String CLIENT_ID = "konqer-server";
  private static final String CLIENT_SECRET = "s3cret-of-the-server";
  private static final String REDIRECT_URI = "https://app.example.com/callback";
  private static final OkHttpClient HTTP = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofSeconds(2))
      .readTimeout(Duration.ofSeconds(5))
      .build();
  private static final Moshi MOSHI = KonqerJson.create();

  /** The authorization code and refresh token grants, end to end with mock-oauth2-server. */
  @Nested
  class AgainstAnOidcServer {
    private static final String REALM = "konqer";

    private final MockOAuth2Server oidc = new MockOAuth2Server();
    private KeycloakTokenClient client;

    @BeforeEach
    void start() {
      oidc.start();
      client = new KeycloakTokenClient(new KeycloakClientSettings(oidc.tokenEndpointUrl(REALM).uri(), CLIENT_ID,
          CLIENT_SECRET, KeycloakClientSettings.DEFAULT_CALL_TIMEOUT), HTTP, MOSHI);
    }

    @AfterEach
    void stop() {
      oidc.shutdown();
    }

    private String loginAndGetCode() throws IOException {
      HttpUrl authorize = oidc.authorizationEndpointUrl(REALM).newBuilder()
          .addQueryParameter("client_id", CLIENT_ID)
          .addQueryParameter("response_type", "code")
          .addQueryParameter("redirect_uri", REDIRECT_URI)
          .addQueryParameter("scope", "openid")
          .addQueryParameter("state", "state-1")
          .addQueryParameter("nonce", "nonce-1")
          .build();
      OkHttpClient browser = HTTP.newBuilder().followRedirects(false).build();
      try (Response redirect = browser.newCall(new Request.Builder().url(authorize).build()).execute()) {
        assertThat(redirect.code()).isEqualTo(302);
        HttpUrl callback = HttpUrl.get(redirect.header("Location"));
        assertThat(callback.queryParameter("state")).isEqualTo("state-1");
        return callback.queryParameter("code");
      }
    }

    private void nextTokensFor(String subject, Map<String, Object> claims) {
      oidc.enqueueCallback(new DefaultOAuth2TokenCallback(
          REALM, subject, "JWT", List.of(JwtTokenVerifier.DEFAULT_AUDIENCE), claims, 3600));
    }

    private JwtTokenVerifier verifier() {
      return JwtTokenVerifier.forJwksUrl(oidc.jwksUrl(REALM).uri(), oidc.issuerUrl(REALM).toString(),
          JwtTokenVerifier.DEFAULT_AUDIENCE, new MutableClock(Instant.now()));
    }

    private RecordedRequest takeTokenRequest() {
      RecordedRequest request = oidc.takeRequest(1, TimeUnit.SECONDS);
      while (!request.getPath().endsWith("/token")) {
        request = oidc.takeRequest(1, TimeUnit.SECONDS);
      }
      return request;
    }

    @Test
    void exchangesAnAuthorizationCodeForTokensTheVerifierAccepts() throws Exception {
      String code = loginAndGetCode();
      nextTokensFor("kc-user-1", Map.of("email", "ada@example.com", "name", "Ada",
          "realm_access", ForgedTokens.realmRoles("admin")));

      TokenSet tokens = client.exchangeCode(code, REDIRECT_URI);
      RecordedRequest sent = takeTokenRequest();

      assertThat(tokens.tokenType()).isEqualTo("Bearer");
      assertThat(tokens.expiresIn()).isPositive();
      assertThat(tokens.refreshToken()).isNotBlank();
      assertThat(tokens.idToken()).isNotBlank();
      Principal principal = verifier().verify(tokens.accessToken());
      assertThat(principal.subject()).isEqualTo("kc-user-1");
      assertThat(principal.email()).isEqualTo("ada@example.com");
      assertThat(principal.roles()).containsExactly("admin");
      assertThat(sent.getMethod()).isEqualTo("POST");
      assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
      assertThat(sent.getBody().readUtf8()).contains(
          "grant_type=authorization_code", "code=" + code, "client_id=" + CLIENT_ID,
          "client_secret=" + CLIENT_SECRET, "redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback");
    }

    @Test
    void refreshesTokensForTheSameUser() throws Exception {
      String code = loginAndGetCode();
      nextTokensFor("kc-user-2", Map.of("email", "grace@example.com"));
      TokenSet first = client.exchangeCode(new CodeExchangeRequest(code, REDIRECT_URI));

      TokenSet refreshed = client.refresh(new RefreshRequest(first.refreshToken()));
      takeTokenRequest();
      RecordedRequest sent = takeTokenRequest();

      assertThat(refreshed.accessToken()).isNotBlank().isNotEqualTo(first.accessToken());
      Principal principal = verifier().verify(refreshed.accessToken());
      assertThat(principal.subject()).isEqualTo("kc-user-2");
      assertThat(principal.email()).isEqualTo("grace@example.com");
      assertThat(sent.getBody().readUtf8()).contains(
          "grant_type=refresh_token", "refresh_token=" + first.refreshToken(), "client_id=" + CLIENT_ID);
    }
  }

  /** Refusals and failures, from a token endpoint the test scripts. */
  @Nested
  class AgainstAFailingTokenEndpoint {
    private final MockWebServer keycloak = new MockWebServer();
    private KeycloakTokenClient client;

    @BeforeEach
    void start() throws IOException {
      keycloak.start();
      client = clientFor(keycloak.url("/realms/konqer/protocol/openid-connect/token").uri(),
          KeycloakClientSettings.DEFAULT_CALL_TIMEOUT);
    }

    @AfterEach
    void stop() throws IOException {
      keycloak.shutdown();
    }

    private KeycloakTokenClient clientFor(URI endpoint, Duration timeout) {
      return new KeycloakTokenClient(
          new KeycloakClientSettings(endpoint, CLIENT_ID, CLIENT_SECRET, timeout), HTTP, MOSHI);
    }

    private void answer(int status, String json) {
      keycloak.enqueue(new MockResponse().setResponseCode(status)
          .setHeader("Content-Type", "application/json").setBody(json));
    }

    private static Consumer<ApiError> error(int status, String code) {
      return e -> {
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.code()).isEqualTo(code);
      };
    }

    @Test
    void turnsARefusedCodeIntoA400NamingKeycloaksReason() {
      answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Code not valid\"}");

      assertThatThrownBy(() -> client.exchangeCode("the-secret-code", REDIRECT_URI))
          .isInstanceOfSatisfying(ApiError.class, error(400, "token_exchange_refused"))
          .hasMessage("The identity provider refused the authorization code: invalid_grant (Code not valid)");
    }

    @Test
    void turnsARefusedRefreshTokenIntoA400() {
      answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token is not active\"}");

      assertThatThrownBy(() -> client.refresh("the-refresh-token"))
          .isInstanceOfSatisfying(ApiError.class, error(400, "refresh_refused"))
          .hasMessageContaining("invalid_grant");
    }

    @Test
    void neverEchoesTheCodeEvenWhenKeycloakDoes() {
      answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Unknown code the-secret-code\"}");

      assertThatThrownBy(() -> client.exchangeCode("the-secret-code", REDIRECT_URI))
          .isInstanceOfSatisfying(ApiError.class, error(400, "token_exchange_refused"))
          .hasMessageNotContaining("the-secret-code");
    }

    @Test
    void reportsRefusedClientCredentialsAsAServerSideError() {
      answer(401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}");

      assertThatThrownBy(() -> client.refresh("the-refresh-token"))
          .isInstanceOfSatisfying(ApiError.class, error(502, "identity_provider_error"))
          .hasMessageNotContaining(CLIENT_SECRET);
    }

    @Test
    void reportsAnUnknownRealmAsAServerSideError() {
      keycloak.enqueue(new MockResponse().setResponseCode(404).setBody("<html>Not Found</html>"));

      assertThatThrownBy(() -> client.exchangeCode("code", REDIRECT_URI))
          .isInstanceOfSatisfying(ApiError.class, error(502, "identity_provider_error"));
    }

    @Test
    void reportsAnUnusableSuccessAsAServerSideError() {
      answer(200, "{\"token_type\":\"Bearer\"}");
      keycloak.enqueue(new MockResponse().setBody("not json"));

      assertThatThrownBy(() -> client.exchangeCode("code", REDIRECT_URI))
          .isInstanceOfSatisfying(ApiError.class, error(502, "identity_provider_error"));
      assertThatThrownBy(() -> client.exchangeCode("code", REDIRECT_URI))
          .isInstanceOfSatisfying(ApiError.class, error(502, "identity_provider_error"));
    }

    @Test
    void turnsAFailingKeycloakIntoA503WithRetryAfter() {
      answer(500, "{\"error\":\"unknown_error\"}");
      answer(429, "");

      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> client.refresh("the-refresh-token"))
            .isInstanceOfSatisfying(ApiError.class, e -> {
              error(503, "identity_provider_unavailable").accept(e);
              assertThat(e.headers()).containsEntry("Retry-After", "5");
            });
      }
    }

    @Test
    void turnsAnUnreachableKeycloakIntoA503() throws IOException {
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0)) {
        closedPort = socket.getLocalPort();
      }
      KeycloakTokenClient unreachable = clientFor(
          URI.create("http://127.0.0.1:" + closedPort + "/token"), KeycloakClientSettings.DEFAULT_CALL_TIMEOUT);

      assertThatThrownBy(() -> unreachable.exchangeCode("code", REDIRECT_URI))
          .isInstanceOfSatisfying(ApiError.class, error(503, "identity_provider_unavailable"));
    }

    @Test
    void boundsEveryCallWithTheCallTimeout() {
      keycloak.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      KeycloakTokenClient impatient = clientFor(keycloak.url("/token").uri(), Duration.ofMillis(200));

      assertThatThrownBy(() -> impatient.refresh("the-refresh-token"))
          .isInstanceOfSatisfying(ApiError.class, error(503, "identity_provider_unavailable"));
    }

    @Test
    void answersAValidationErrorForBlankInputsWithoutCallingKeycloak() {
      assertThatThrownBy(() -> client.exchangeCode(" ", null))
          .isInstanceOfSatisfying(ApiError.class, error(422, "validation_failed"))
          .hasMessage("2 fields are invalid");
      assertThatThrownBy(() -> client.refresh(""))
          .isInstanceOfSatisfying(ApiError.class, error(422, "validation_failed"))
          .hasMessage("refresh_token: must not be blank");
      assertThat(keycloak.getRequestCount()).isZero();
    }

    @Test
    void parsesKeycloaksFullTokenResponse() throws Exception {
      answer(200, "{\"access_token\":\"at\",\"expires_in\":300,\"refresh_expires_in\":1800,"
          + "\"refresh_token\":\"rt\",\"token_type\":\"Bearer\",\"id_token\":\"it\",\"not-before-policy\":0,"
          + "\"session_state\":\"5f2c\",\"scope\":\"openid email profile\"}");

      TokenSet tokens = client.refresh("the-refresh-token");

      assertThat(tokens).isEqualTo(new TokenSet("at", "Bearer", 300L, "rt", 1800L, "it", "openid email profile"));
      RecordedRequest sent = keycloak.takeRequest();
      assertThat(sent.getPath()).isEqualTo("/realms/konqer/protocol/openid-connect/token");
      assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
    }
  }

  @Test
  void derivesKeycloakUrlsFromTheRealm() {
    KeycloakRealm realm = KeycloakRealm.of("https://auth.example.com/", "konqer");
    KeycloakRealm legacy = KeycloakRealm.of("https://auth.example.com/auth", "konqer");

    assertThat(realm.issuer()).hasToString("https://auth.example.com/realms/konqer");
    assertThat(realm.jwksUrl()).hasToString("https://auth.example.com/realms/konqer/protocol/openid-connect/certs");
    assertThat(realm.tokenEndpoint())
        .hasToString("https://auth.example.com/realms/konqer/protocol/openid-connect/token");
    assertThat(legacy.issuer()).hasToString("https://auth.example.com/auth/realms/konqer");
    assertThatThrownBy(() -> KeycloakRealm.of("not a url", "konqer")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeycloakRealm.of("https://auth.example.com", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsNeverPrintTheClientSecret() {
    KeycloakClientSettings settings = KeycloakClientSettings.forRealm(
        KeycloakRealm.of("https://auth.example.com", "konqer"), CLIENT_ID, CLIENT_SECRET);

    assertThat(settings.toString()).doesNotContain(CLIENT_SECRET).contains(CLIENT_ID);
    assertThat(settings.callTimeout()).isEqualTo(KeycloakClientSettings.DEFAULT_CALL_TIMEOUT);
  }
}
