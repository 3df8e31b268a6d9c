package app.konqer.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refresh-token grant against a real OpenID Connect issuer (mock-oauth2-server) that rotates refresh tokens. Each
 * test signs a user in with the authorization-code flow first, as a web application would.
 */
class RefreshTokenGrantTest {
  private static final String ISSUER = "konqer";
  private static final String CLIENT_ID = "konqer-web";
  private static final String REDIRECT_URI = "https://crm.example.com/callback";

  private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(false, null, null, true));
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final AtomicInteger requests = new AtomicInteger();
  private final OkHttpClient http = new OkHttpClient.Builder()
      .addInterceptor(chain -> {
        requests.incrementAndGet();
        return chain.proceed(chain.request());
      })
      .build();
  private final List<String> rotated = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.shutdown();
  }

  @Test
  void usesTheRotatedRefreshTokenAndHandsItToTheListener() throws Exception {
    TokenSet signIn = signIn("user-42");
    OAuth2TokenProvider provider = OAuth2TokenProvider.refreshToken(CLIENT_ID, signIn.refreshToken())
        .tokenEndpoint(server.tokenEndpointUrl(ISSUER).toString())
        .onRefreshTokenRotated(rotated::add)
        .httpClient(http)
        .clock(clock)
        .build();

    String first = provider.token();

    assertThat(SignedJWT.parse(first).getJWTClaimsSet().getSubject()).isEqualTo("user-42");
    assertThat(Forms.of(server.takeRequest())).containsExactly(
        Map.entry("grant_type", "refresh_token"),
        Map.entry("refresh_token", signIn.refreshToken()),
        Map.entry("client_id", CLIENT_ID));
    assertThat(rotated).hasSize(1).doesNotContain(signIn.refreshToken());

    provider.invalidate(first);
    String second = provider.token();

    assertThat(second).isNotEqualTo(first);
    assertThat(SignedJWT.parse(second).getJWTClaimsSet().getSubject()).isEqualTo("user-42");
    assertThat(Forms.of(server.takeRequest())).containsEntry("refresh_token", rotated.get(0));
    assertThat(rotated).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void startsFromTheSignInTokensWithoutAskingTheEndpoint() throws Exception {
    TokenSet signIn = signIn("user-7");
    OAuth2TokenProvider provider = OAuth2TokenProvider.refreshToken(CLIENT_ID, signIn)
        .tokenEndpoint(server.tokenEndpointUrl(ISSUER).toString())
        .onRefreshTokenRotated(rotated::add)
        .httpClient(http)
        .clock(clock)
        .build();

    assertThat(provider.token()).isEqualTo(signIn.accessToken());
    assertThat(requests).hasValue(0);

    clock.advance(Duration.ofHours(1));
    String refreshed = provider.token();

    assertThat(refreshed).isNotEqualTo(signIn.accessToken());
    assertThat(SignedJWT.parse(refreshed).getJWTClaimsSet().getSubject()).isEqualTo("user-7");
    assertThat(Forms.of(server.takeRequest())).containsEntry("refresh_token", signIn.refreshToken());
    assertThat(rotated).hasSize(1);
  }

  @Test
  void aFailingListenerDoesNotLoseTheRotatedRefreshToken() throws Exception {
    TokenSet signIn = signIn("user-11");
    OAuth2TokenProvider provider = OAuth2TokenProvider.refreshToken(CLIENT_ID, signIn.refreshToken())
        .tokenEndpoint(server.tokenEndpointUrl(ISSUER).toString())
        .onRefreshTokenRotated(token -> {
          rotated.add(token);
          throw new IllegalStateException("vault is read-only");
        })
        .build();

    provider.invalidate(provider.token());
    provider.token();

    server.takeRequest();
    assertThat(Forms.of(server.takeRequest())).containsEntry("refresh_token", rotated.get(0));
  }

  @Test
  void aConfidentialClientAuthenticatesWithItsSecret() throws Exception {
    TokenSet signIn = signIn("user-9");
    OAuth2TokenProvider provider = OAuth2TokenProvider.refreshToken(CLIENT_ID, signIn.refreshToken())
        .tokenEndpoint(server.tokenEndpointUrl(ISSUER).toString())
        .clientSecret("web-secret")
        .build();

    provider.token();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("Authorization")).startsWith("Basic ");
    assertThat(Forms.of(request)).doesNotContainKey("client_id").doesNotContainKey("client_secret");
  }

  /**
   * Signs {@code subject} in with the authorization-code flow, as the browser and the web application's back end
   * would, and returns the tokens. The sign-in requests are consumed from the server's record.
   */
  private TokenSet signIn(String subject) throws IOException, InterruptedException {
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("konqer-api"), Map.of()));
    OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false).build();
    HttpUrl authorize = server.authorizationEndpointUrl(ISSUER).newBuilder()
        .addQueryParameter("client_id", CLIENT_ID)
        .addQueryParameter("response_type", "code")
        .addQueryParameter("redirect_uri", REDIRECT_URI)
        .addQueryParameter("scope", "openid offline_access")
        .addQueryParameter("state", "s1")
        .addQueryParameter("nonce", "n1")
        .build();
    String code;
    try (Response redirect = browser.newCall(new Request.Builder().url(authorize).build()).execute()) {
      assertThat(redirect.code()).isEqualTo(302);
      code = HttpUrl.get(redirect.header("Location")).queryParameter("code");
    }
    Request exchange = new Request.Builder()
        .url(server.tokenEndpointUrl(ISSUER))
        .post(new FormBody.Builder()
            .add("grant_type", "authorization_code")
            .add("code", code)
            .add("redirect_uri", REDIRECT_URI)
            .add("client_id", CLIENT_ID)
            .build())
        .build();
    try (Response response = browser.newCall(exchange).execute()) {
      assertThat(response.code()).isEqualTo(200);
      TokenSet tokens = KonqerJson.create().adapter(TokenSet.class).fromJson(response.body().string());
      assertThat(tokens.refreshToken()).isNotBlank();
      server.takeRequest();
      server.takeRequest();
      return tokens;
    }
  }
}
