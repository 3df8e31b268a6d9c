package app.konqer.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When tokens are refreshed, to the millisecond. The endpoint is MockWebServer so that {@code expires_in} is exact;
 * the same behaviour against a real issuer is in {@link ClientCredentialsGrantTest}.
 */
class TokenRefreshTimingTest {
  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private OAuth2TokenProvider provider() {
    return OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret")
        .tokenEndpoint(server.url("/token").toString())
        .clock(clock)
        .build();
  }

  private void issue(String token, long expiresIn) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}"));
  }

  private void fail() {
    server.enqueue(new MockResponse().setResponseCode(503));
  }

  @Test
  void refreshesExactlyWhenTheTokenEntersTheSkewWindow() {
    issue("t1", 300);
    issue("t2", 300);
    OAuth2TokenProvider provider = provider();
    provider.token();

    clock.advance(Duration.ofSeconds(240).minusMillis(1));
    assertThat(provider.token()).isEqualTo("t1");

    clock.advance(Duration.ofMillis(1));
    assertThat(provider.token()).isEqualTo("t2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void afterAFailedRefreshRetriesHalfWayToExpiryUntilTheTokenExpires() {
    issue("t1", 300);
    fail();
    fail();
    fail();
    OAuth2TokenProvider provider = provider();
    provider.token();
    clock.advance(Duration.ofSeconds(260));

    assertThat(provider.token()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(20).minusMillis(1));
    assertThat(provider.token()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(2);

    clock.advance(Duration.ofMillis(1));
    assertThat(provider.token()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(3);

    clock.advance(Duration.ofSeconds(20));
    assertThatThrownBy(provider::token).isInstanceOf(TokenEndpointUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void recoversWhenTheEndpointComesBackInsideTheSkewWindow() {
    issue("t1", 300);
    fail();
    issue("t2", 300);
    OAuth2TokenProvider provider = provider();
    provider.token();
    clock.advance(Duration.ofSeconds(260));
    assertThat(provider.token()).isEqualTo("t1");

    clock.advance(Duration.ofSeconds(20));

    assertThat(provider.token()).isEqualTo("t2");
  }

  @Test
  void aRefusedRefreshAlsoFallsBackToTheStillValidToken() {
    issue("t1", 300);
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":\"invalid_grant\"}"));
    OAuth2TokenProvider provider = OAuth2TokenProvider.refreshToken("konqer-web", "r1")
        .tokenEndpoint(server.url("/token").toString())
        .clock(clock)
        .build();
    provider.token();
    clock.advance(Duration.ofSeconds(260));

    assertThat(provider.token()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anInvalidatedTokenIsNeverAFallback() {
    issue("t1", 300);
    fail();
    OAuth2TokenProvider provider = provider();
    provider.invalidate(provider.token());

    assertThatThrownBy(provider::token).isInstanceOf(TokenEndpointUnavailableException.class);
  }

  @Test
  void aTokenWithoutExpiresInIsKeptUntilTheApiRefusesIt() {
    server.enqueue(new MockResponse().setBody("{\"access_token\":\"t1\",\"token_type\":\"Bearer\"}"));
    issue("t2", 300);
    OAuth2TokenProvider provider = provider();
    provider.token();

    clock.advance(Duration.ofDays(3650));
    assertThat(provider.token()).isEqualTo("t1");

    provider.invalidate("t1");
    assertThat(provider.token()).isEqualTo("t2");
  }
}
