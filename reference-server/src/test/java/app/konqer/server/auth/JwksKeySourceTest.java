package app.konqer.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.server.http.ApiError;
import app.konqer.server.testing.MutableClock;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier against an issuer's JWKS endpoint that the test controls: caching, key rotation, rate-limited
 * refetches, and an issuer that is down.
 */
class JwksKeySourceTest {
  private static final String ISSUER = "https://keycloak.example.com/realms/konqer";
  private static final String AUDIENCE = JwtTokenVerifier.DEFAULT_AUDIENCE;

  private static final RSAKey FIRST = DevSigningKey.generate();
  private static final RSAKey SECOND = DevSigningKey.generate();
  private static final RSAKey STRANGER = DevSigningKey.generate();

  private final MutableClock clock = new MutableClock(Instant.now());
  private final MockWebServer issuer = new MockWebServer();
  private volatile Supplier<MockResponse> jwks;
  private JwtTokenVerifier verifier;

  @BeforeEach
  void start() throws IOException {
    issuer.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return jwks.get();
      }
    });
    issuer.start();
    verifier = JwtTokenVerifier.forJwksUrl(issuer.url("/certs").uri(), ISSUER, AUDIENCE, clock);
  }

  @AfterEach
  void stop() throws IOException {
    issuer.shutdown();
  }

  private void serve(RSAKey... keys) {
    String body = new JWKSet(List.of(keys)).toString(true);
    jwks = () -> new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private void fail(int status) {
    jwks = () -> new MockResponse().setResponseCode(status).setBody("down");
  }

  private String tokenSignedBy(RSAKey key) {
    return ForgedTokens.signed(key, ForgedTokens.validClaims(ISSUER, AUDIENCE, clock.instant()).build());
  }

  private static void assertUnavailable(Runnable verification) {
    assertThatThrownBy(verification::run)
        .isInstanceOfSatisfying(ApiError.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.code()).isEqualTo("identity_provider_unavailable");
          assertThat(e.headers()).containsEntry("Retry-After", "5");
        });
  }

  @Test
  void fetchesTheKeysOnceAndCachesThem() {
    RSAKey key = FIRST;
    serve(key);

    for (int i = 0; i < 10; i++) {
      assertThat(verifier.verify(tokenSignedBy(key)).subject()).isEqualTo("user-1");
    }

    assertThat(issuer.getRequestCount()).isEqualTo(1);
  }

  @Test
  void keepsVerifyingWhenTheIssuerRotatesItsKeys() {
    RSAKey before = FIRST;
    RSAKey after = SECOND;
    serve(before);
    String oldToken = tokenSignedBy(before);
    assertThat(verifier.verify(oldToken).subject()).isEqualTo("user-1");

    serve(after);

    assertThat(verifier.verify(tokenSignedBy(after)).subject()).isEqualTo("user-1");
    assertThat(issuer.getRequestCount()).isEqualTo(2);
    assertThatThrownBy(() -> verifier.verify(oldToken))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("unknown signing key");
  }

  @Test
  void acceptsTokensOfEveryKeyTheIssuerPublishes() {
    RSAKey current = FIRST;
    RSAKey next = SECOND;
    serve(current, next);

    assertThat(verifier.verify(tokenSignedBy(current)).subject()).isEqualTo("user-1");
    assertThat(verifier.verify(tokenSignedBy(next)).subject()).isEqualTo("user-1");
  }

  @Test
  void refusesUnknownKeysWithoutHammeringTheIssuer() {
    serve(FIRST);
    RSAKey attacker = STRANGER;

    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(() -> verifier.verify(tokenSignedBy(attacker)))
          .isInstanceOf(InvalidTokenException.class)
          .hasMessage("unknown signing key");
    }

    assertThat(issuer.getRequestCount()).isLessThanOrEqualTo(2);
  }

  @Test
  void answers503WhenTheJwksEndpointCannotBeReached() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JwtTokenVerifier unreachable = JwtTokenVerifier.forJwksUrl(
        URI.create("http://127.0.0.1:" + closedPort + "/certs"), ISSUER, AUDIENCE, clock);
    String token = tokenSignedBy(STRANGER);

    for (int i = 0; i < 5; i++) {
      assertUnavailable(() -> unreachable.verify(token));
    }
  }

  @Test
  void answers503WhenTheJwksEndpointFails() {
    fail(500);
    String token = tokenSignedBy(STRANGER);

    for (int i = 0; i < 5; i++) {
      assertUnavailable(() -> verifier.verify(token));
    }
  }

  @Test
  void answers503WhenTheJwksEndpointServesGarbage() {
    jwks = () -> new MockResponse().setBody("<html>maintenance</html>");

    assertUnavailable(() -> verifier.verify(tokenSignedBy(STRANGER)));
  }

  @Test
  void keepsVerifyingKnownKeysDuringAnOutageButCannotVouchForNewOnes() {
    RSAKey known = FIRST;
    serve(known);
    assertThat(verifier.verify(tokenSignedBy(known)).subject()).isEqualTo("user-1");

    fail(503);

    assertThat(verifier.verify(tokenSignedBy(known)).subject()).isEqualTo("user-1");
    assertUnavailable(() -> verifier.verify(tokenSignedBy(STRANGER)));
  }

  @Test
  void checksTheSignatureBeforeFetchingForForgedAlgorithms() throws Exception {
    RSAKey key = FIRST;
    serve(key);
    String confused = ForgedTokens.hs256WithSecret(ForgedTokens.der(key), key.getKeyID(),
        ForgedTokens.validClaims(ISSUER, AUDIENCE, clock.instant()).build());

    assertThatThrownBy(() -> verifier.verify(confused)).hasMessage("unsupported algorithm");
    assertThat(issuer.getRequestCount()).isZero();
  }
}
