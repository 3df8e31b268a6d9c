package app.konqer.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Answers a token endpoint gives when it refuses or fails. mock-oauth2-server accepts any client secret and any
 * refresh token, so these refusals are played by MockWebServer, with the bodies Keycloak sends.
 */
class TokenEndpointFailureTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> rotated = new ArrayList<>();

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private OAuth2TokenProvider.Builder crmSync() {
    return OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret-value")
        .tokenEndpoint(server.url("/token").toString());
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void aRefusedClientSecretIsNotRetryable() {
    server.enqueue(json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}"));
    OAuth2TokenProvider provider = crmSync().build();

    TokenRefusedException e = catchThrowableOfType(TokenRefusedException.class, provider::token);

    assertThat(e.status()).isEqualTo(401);
    assertThat(e.error()).isEqualTo("invalid_client");
    assertThat(e.errorDescription()).isEqualTo("Invalid client credentials");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage())
        .contains("client_credentials", "HTTP 401 invalid_client (Invalid client credentials)")
        .doesNotContain("s3cret-value");
  }

  @Test
  void aRefusedRefreshTokenIsNotRetryableAndRotatesNothing() {
    server.enqueue(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token is not active\"}"));
    OAuth2TokenProvider provider = OAuth2TokenProvider.refreshToken("konqer-web", "expired-refresh-token")
        .tokenEndpoint(server.url("/token").toString())
        .onRefreshTokenRotated(rotated::add)
        .build();

    TokenRefusedException e = catchThrowableOfType(TokenRefusedException.class, provider::token);

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.error()).isEqualTo("invalid_grant");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).contains("refresh_token grant").doesNotContain("expired-refresh-token");
    assertThat(rotated).isEmpty();
  }

  @Test
  void aRefusalWithoutAJsonBodyStillSaysWhatHappened() {
    server.enqueue(new MockResponse().setResponseCode(403).setBody("<html>Forbidden</html>"));

    TokenRefusedException e = catchThrowableOfType(TokenRefusedException.class, crmSync().build()::token);

    assertThat(e.status()).isEqualTo(403);
    assertThat(e.error()).isNull();
    assertThat(e.getMessage()).endsWith("refused the client_credentials grant: HTTP 403");
  }

  @Test
  void aServerErrorIsRetryable() {
    server.enqueue(json(503, "{\"error\":\"temporarily_unavailable\"}"));

    TokenEndpointUnavailableException e =
        catchThrowableOfType(TokenEndpointUnavailableException.class, crmSync().build()::token);

    assertThat(e.status()).isEqualTo(503);
    assertThat(e.error()).isEqualTo("temporarily_unavailable");
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void anUnreachableEndpointIsRetryable() throws IOException {
    OAuth2TokenProvider provider = OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret-value")
        .tokenEndpoint("http://127.0.0.1:" + closedPort() + "/token")
        .build();

    TokenEndpointUnavailableException e =
        catchThrowableOfType(TokenEndpointUnavailableException.class, provider::token);

    assertThat(e.status()).isZero();
    assertThat(e.isRetryable()).isTrue();
    assertThat(e).hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  @Timeout(60)
  void callersWaitingOnAFailedFetchShareItsFailureInsteadOfRetryingInTurn() throws Exception {
    Concurrently concurrently = new Concurrently();
    OAuth2TokenProvider provider = OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret-value")
        .tokenEndpoint("http://127.0.0.1:" + closedPort() + "/token")
        .httpClient(new OkHttpClient.Builder().addInterceptor(concurrently.interceptor()).build())
        .build();

    List<Object> outcomes = concurrently.run(50, provider::token);

    assertThat(concurrently.requests()).isEqualTo(1);
    assertThat(outcomes).hasSize(50)
        .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(TokenEndpointUnavailableException.class));
    assertThat(outcomes.stream().distinct()).hasSize(1);
  }

  @Test
  void theNextCallAfterAFailureTriesAgain() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"access_token\":\"t1\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
    OAuth2TokenProvider provider = crmSync().build();

    catchThrowableOfType(TokenEndpointUnavailableException.class, provider::token);

    assertThat(provider.token()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aSuccessWithoutAnAccessTokenIsUnusable() {
    server.enqueue(json(200, "{\"token_type\":\"Bearer\",\"expires_in\":300}"));

    TokenEndpointException e = catchThrowableOfType(TokenEndpointException.class, crmSync().build()::token);

    assertThat(e).isExactlyInstanceOf(TokenEndpointException.class).hasMessageEndingWith("it has no access_token");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void aSuccessThatIsNotJsonIsUnusable() {
    server.enqueue(new MockResponse().setBody("<html>Sign in</html>"));

    TokenEndpointException e = catchThrowableOfType(TokenEndpointException.class, crmSync().build()::token);

    assertThat(e).isExactlyInstanceOf(TokenEndpointException.class);
    assertThat(e.status()).isEqualTo(200);
  }

  @Test
  void aTokenThatIsNotABearerTokenIsUnusable() {
    server.enqueue(json(200, "{\"access_token\":\"t1\",\"token_type\":\"DPoP\",\"expires_in\":300}"));

    TokenEndpointException e = catchThrowableOfType(TokenEndpointException.class, crmSync().build()::token);

    assertThat(e).hasMessageEndingWith("its token_type is DPoP, not Bearer");
  }

  @Test
  void acceptsTheTokenTypeInAnyCaseAndExpiresInAsAString() {
    server.enqueue(json(200, "{\"access_token\":\"t1\",\"token_type\":\"bearer\",\"expires_in\":\"300\"}"));

    assertThat(crmSync().build().token()).isEqualTo("t1");
  }

  @Test
  void theDiscoveryDocumentMustNameTheIssuerItWasFetchedFor() throws Exception {
    server.enqueue(json(200, "{\"issuer\":\"https://evil.example.com/realms/konqer\","
        + "\"token_endpoint\":\"https://evil.example.com/token\"}"));
    OAuth2TokenProvider provider = OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret-value")
        .issuer(server.url("/realms/konqer").toString())
        .build();

    TokenEndpointException e = catchThrowableOfType(TokenEndpointException.class, provider::token);

    assertThat(e.getMessage()).contains("names the issuer https://evil.example.com/realms/konqer");
    assertThat(e.isRetryable()).isFalse();
    assertThat(server.takeRequest(0, TimeUnit.SECONDS).getPath())
        .isEqualTo("/realms/konqer/.well-known/openid-configuration");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
