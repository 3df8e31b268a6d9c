package app.konqer.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client-credentials grant against a real OpenID Connect issuer (mock-oauth2-server). */
class ClientCredentialsGrantTest {
  private static final String ISSUER = "konqer";

  private final MockOAuth2Server server = new MockOAuth2Server();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final AtomicInteger requests = new AtomicInteger();
  private final OkHttpClient http = new OkHttpClient.Builder()
      .addInterceptor(chain -> {
        requests.incrementAndGet();
        return chain.proceed(chain.request());
      })
      .build();

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.shutdown();
  }

  private OAuth2TokenProvider.Builder crmSync() {
    return OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret")
        .tokenEndpoint(server.tokenEndpointUrl(ISSUER).toString())
        .httpClient(http)
        .clock(clock);
  }

  @Test
  void issuesATokenSignedByTheIssuerForTheClient() throws Exception {
    OAuth2TokenProvider provider = crmSync().scope("konqer-api").build();

    SignedJWT jwt = SignedJWT.parse(provider.token());

    RSAKey key = (RSAKey) JWKSet.load(server.jwksUrl(ISSUER).url()).getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(server.issuerUrl(ISSUER).toString());
    assertThat(claims.getSubject()).isEqualTo("crm-sync");
    assertThat(claims.getAudience()).containsExactly("konqer-api");
    assertThat(claims.getStringClaim("tid")).isEqualTo(ISSUER);
    assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void sendsAFormPostWithHttpBasicClientAuthenticationByDefault() throws Exception {
    crmSync().scope("konqer-api").build().token();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(Forms.of(request)).containsExactly(
        Map.entry("grant_type", "client_credentials"), Map.entry("scope", "konqer-api"));
    assertThat(basicCredentials(request)).isEqualTo("crm-sync:s3cret");
  }

  @Test
  void formEncodesBasicCredentialsSoTheIssuerDecodesThemIntact() throws Exception {
    OAuth2TokenProvider provider = OAuth2TokenProvider.clientCredentials("crm sync/eu", "p@ss:w+rd%")
        .tokenEndpoint(server.tokenEndpointUrl(ISSUER).toString())
        .build();

    JWTClaimsSet claims = SignedJWT.parse(provider.token()).getJWTClaimsSet();

    assertThat(claims.getSubject()).isEqualTo("crm sync/eu");
    assertThat(basicCredentials(server.takeRequest())).isEqualTo("crm+sync%2Feu:p%40ss%3Aw%2Brd%25");
  }

  @Test
  void clientSecretPostSendsTheCredentialsAsFormParameters() throws Exception {
    OAuth2TokenProvider provider =
        crmSync().clientAuthentication(ClientAuthentication.CLIENT_SECRET_POST).build();

    assertThat(SignedJWT.parse(provider.token()).getJWTClaimsSet().getSubject()).isEqualTo("crm-sync");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("Authorization")).isNull();
    assertThat(Forms.of(request)).containsEntry("client_id", "crm-sync").containsEntry("client_secret", "s3cret");
  }

  @Test
  void returnsTheCachedTokenWithoutAskingTheEndpointAgain() {
    OAuth2TokenProvider provider = crmSync().build();

    String first = provider.token();
    for (int i = 0; i < 100; i++) {
      assertThat(provider.token()).isEqualTo(first);
    }

    assertThat(requests).hasValue(1);
  }

  // The issuer states expires_in in whole seconds, counted from when it answers, so it reports 3599 or 3600 for
  // its one-hour tokens; these tests step over that second. CachedTokenTimingTest pins the exact boundaries.

  @Test
  void refreshesOnceTheTokenIsWithinTheSkewOfItsExpiry() {
    OAuth2TokenProvider provider = crmSync().build();
    String first = provider.token();

    clock.advance(Duration.ofSeconds(3600 - 60 - 2));
    assertThat(provider.token()).isEqualTo(first);
    assertThat(requests).hasValue(1);

    clock.advance(Duration.ofSeconds(2));
    String second = provider.token();
    assertThat(second).isNotEqualTo(first);
    assertThat(requests).hasValue(2);
    assertThat(provider.token()).isEqualTo(second);
    assertThat(requests).hasValue(2);
  }

  @Test
  void honoursAConfiguredSkew() {
    OAuth2TokenProvider provider = crmSync().refreshSkew(Duration.ofMinutes(5)).build();
    provider.token();

    clock.advance(Duration.ofSeconds(3600 - 300 - 2));
    provider.token();
    assertThat(requests).hasValue(1);

    clock.advance(Duration.ofSeconds(2));
    provider.token();
    assertThat(requests).hasValue(2);
  }

  @Test
  void refreshesAShortLivedTokenHalfWayThroughItsLife() {
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "crm-sync", "JWT", null, Map.of(), 60));
    OAuth2TokenProvider provider = crmSync().build();
    provider.token();

    clock.advance(Duration.ofSeconds(29));
    provider.token();
    assertThat(requests).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    provider.token();
    assertThat(requests).hasValue(2);
  }

  @Test
  void invalidateMakesTheNextCallFetchANewToken() {
    OAuth2TokenProvider provider = crmSync().build();
    String first = provider.token();

    provider.invalidate(first);

    assertThat(provider.token()).isNotEqualTo(first);
    assertThat(requests).hasValue(2);
  }

  @Test
  void aLate401ForAReplacedTokenDoesNotDiscardItsReplacement() {
    OAuth2TokenProvider provider = crmSync().build();
    String first = provider.token();
    provider.invalidate(first);
    String second = provider.token();

    provider.invalidate(first);

    assertThat(provider.token()).isEqualTo(second);
    assertThat(requests).hasValue(2);
  }

  @Test
  @Timeout(60)
  void fiftyConcurrentCallersOnAnEmptyCacheShareOneTokenRequest() throws Exception {
    Concurrently concurrently = new Concurrently();
    OAuth2TokenProvider provider = crmSync()
        .httpClient(new OkHttpClient.Builder().addInterceptor(concurrently.interceptor()).build())
        .build();

    List<Object> tokens = concurrently.run(50, provider::token);

    assertThat(concurrently.requests()).isEqualTo(1);
    assertThat(tokens).hasSize(50).allSatisfy(token -> assertThat(token).isInstanceOf(String.class));
    assertThat(tokens.stream().distinct()).hasSize(1);
  }

  @Test
  void discoversTheTokenEndpointFromTheIssuerOnce() throws Exception {
    OAuth2TokenProvider provider = OAuth2TokenProvider.clientCredentials("crm-sync", "s3cret")
        .issuer(server.issuerUrl(ISSUER).toString())
        .httpClient(http)
        .clock(clock)
        .build();

    String first = provider.token();
    provider.invalidate(first);
    provider.token();

    assertThat(server.takeRequest().getPath()).isEqualTo("/" + ISSUER + "/.well-known/openid-configuration");
    assertThat(server.takeRequest().getPath()).isEqualTo("/" + ISSUER + "/token");
    assertThat(server.takeRequest().getPath()).isEqualTo("/" + ISSUER + "/token");
    assertThat(requests).hasValue(3);
    assertThat(SignedJWT.parse(first).getJWTClaimsSet().getSubject()).isEqualTo("crm-sync");
  }

  @Test
  void keepsUsingTheCachedTokenWhileItIsValidIfTheEndpointGoesAway() {
    OAuth2TokenProvider provider = crmSync().build();
    String token = provider.token();
    clock.advance(Duration.ofSeconds(3600 - 42));
    server.shutdown();

    assertThat(provider.token()).isEqualTo(token);
    assertThat(requests).hasValue(2);

    clock.advance(Duration.ofSeconds(60));
    assertThatThrownBy(provider::token)
        .isInstanceOf(TokenEndpointUnavailableException.class)
        .satisfies(e -> assertThat(((TokenEndpointException) e).isRetryable()).isTrue());
  }





  private static String basicCredentials(RecordedRequest request) {
    String header = request.getHeader("Authorization");
    assertThat(header).startsWith("Basic ");
    return new String(Base64.getDecoder().decode(header.substring("Basic ".length())), StandardCharsets.UTF_8);
  }
}
