package app.konqer.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.server.testing.MutableClock;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens from a real OIDC server (mock-oauth2-server), and forgeries of them, through the verifier. */
class JwtTokenVerifierTest {
  private static final String REALM = "konqer";
  private static final String AUDIENCE = JwtTokenVerifier.DEFAULT_AUDIENCE;

  private static MockOAuth2Server oidc;

  private final MutableClock clock = new MutableClock(Instant.now());
  private JwtTokenVerifier verifier;

  @BeforeAll
  static void startIssuer() {
    oidc = new MockOAuth2Server();
    oidc.start();
  }

  @AfterAll
  static void stopIssuer() {
    oidc.shutdown();
  }

  @BeforeEach
  void newVerifier() {
    verifier = JwtTokenVerifier.forJwksUrl(oidc.jwksUrl(REALM).uri(), issuer(), AUDIENCE, clock);
  }

  private static String issuer() {
    return oidc.issuerUrl(REALM).toString();
  }

  private SignedJWT issue(String audience, Map<String, Object> claims, long lifetimeSeconds) {
    SignedJWT token = oidc.issueToken(REALM, "user-1", audience, claims, lifetimeSeconds);
    clock.set(issuedAt(token));
    return token;
  }

  private SignedJWT issue(Map<String, Object> claims) {
    return issue(AUDIENCE, claims, 3600);
  }

  private static Instant issuedAt(SignedJWT token) {
    try {
      return token.getJWTClaimsSet().getIssueTime().toInstant();
    } catch (java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JWTClaimsSet claims(SignedJWT token) {
    try {
      return token.getJWTClaimsSet();
    } catch (java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey issuerKey() throws Exception {
    return JWKSet.load(oidc.jwksUrl(REALM).url()).getKeys().get(0).toRSAKey();
  }

  private void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage(reason);
  }

  @Test
  void acceptsAValidTokenWithRolesFromRealmAccessAndRolesClaims() {
    SignedJWT token = issue(Map.of(
        "realm_access", ForgedTokens.realmRoles("user", "admin"),
        "roles", List.of("admin", "billing"),
        "email", "ada@example.com",
        "name", "Ada Lovelace",
        "preferred_username", "ada"));

    Principal principal = verifier.verify(token.serialize());

    assertThat(principal.subject()).isEqualTo("user-1");
    assertThat(principal.email()).isEqualTo("ada@example.com");
    assertThat(principal.name()).isEqualTo("Ada Lovelace");
    assertThat(principal.roles()).containsExactly("user", "admin", "billing");
    assertThat(principal.hasRole("admin")).isTrue();
  }

  @Test
  void takesTheNameFromPreferredUsernameWhenThereIsNoName() {
    SignedJWT token = issue(Map.of("preferred_username", "ada", "roles", List.of("support")));

    Principal principal = verifier.verify(token.serialize());

    assertThat(principal.name()).isEqualTo("ada");
    assertThat(principal.email()).isNull();
    assertThat(principal.roles()).containsExactly("support");
  }

  @Test
  void acceptsATokenWithoutRoles() {
    assertThat(verifier.verify(issue(Map.of()).serialize()).roles()).isEmpty();
  }

  @Test
  void refusesAnExpiredToken() {
    SignedJWT token = issue(AUDIENCE, Map.of(), 60);
    clock.set(claims(token).getExpirationTime().toInstant().plus(Duration.ofMinutes(5)));

    assertRefused(token.serialize(), "token expired");
  }

  @Test
  void toleratesFiftyNineSecondsOfClockSkewButNotSixtyOne() {
    SignedJWT token = issue(AUDIENCE, Map.of(), 60);
    Instant expiry = claims(token).getExpirationTime().toInstant();

    clock.set(expiry.plusSeconds(59));
    assertThat(verifier.verify(token.serialize()).subject()).isEqualTo("user-1");

    clock.set(expiry.plusSeconds(61));
    assertRefused(token.serialize(), "token expired");
  }

  @Test
  void refusesATokenUsedWellBeforeItsNotBeforeTime() {
    SignedJWT token = issue(Map.of());
    clock.set(claims(token).getNotBeforeTime().toInstant().minusSeconds(61));

    assertRefused(token.serialize(), "token not yet valid");
  }

  @Test
  void refusesATokenForAnotherAudience() {
    SignedJWT token = issue("some-other-api", Map.of(), 3600);

    assertRefused(token.serialize(), "wrong audience");
  }

  @Test
  void refusesATokenFromTheTrustedKeyWithAnotherIssuer() {
    verifier = JwtTokenVerifier.forJwksUrl(
        oidc.jwksUrl(REALM).uri(), "https://keycloak.example.com/realms/konqer", AUDIENCE, clock);

    assertRefused(issue(Map.of()).serialize(), "wrong issuer");
  }

  @Test
  void comparesTheIssuerExactly() {
    verifier = JwtTokenVerifier.forJwksUrl(oidc.jwksUrl(REALM).uri(), issuer() + "/", AUDIENCE, clock);

    assertRefused(issue(Map.of()).serialize(), "wrong issuer");
  }

  @Test
  void refusesATokenFromAnotherIssuerOfTheSameServer() {
    SignedJWT token = oidc.issueToken("elsewhere", "user-1", AUDIENCE, Map.of(), 3600);
    clock.set(issuedAt(token));

    assertRefused(token.serialize(), "unknown signing key");
  }

  @Test
  void refusesAnUnsecuredTokenWithAlgNone() {
    JWTClaimsSet claims = claims(issue(Map.of("roles", List.of("admin"))));

    assertRefused(ForgedTokens.algNone(claims), "unsupported algorithm");
  }

  @Test
  void refusesARealTokenWhoseHeaderIsSwitchedToAlgNone() {
    String token = ForgedTokens.algNoneHeaderOn(issue(Map.of()).serialize());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageNotContaining(token);
  }

  @Test
  void refusesHs256SignedWithTheIssuersPublicKeyAsSecret() throws Exception {
    JWTClaimsSet claims = claims(issue(Map.of()));
    RSAKey key = issuerKey();

    assertRefused(ForgedTokens.hs256WithSecret(ForgedTokens.der(key), key.getKeyID(), claims),
        "unsupported algorithm");
    assertRefused(ForgedTokens.hs256WithSecret(ForgedTokens.pem(key), key.getKeyID(), claims),
        "unsupported algorithm");
  }

  @Test
  void refusesATokenSignedByAnUnknownKey() {
    JWTClaimsSet claims = claims(issue(Map.of()));
    RSAKey attacker = DevSigningKey.generate();

    assertRefused(ForgedTokens.signed(attacker, claims), "unknown signing key");
  }

  @Test
  void refusesATokenNamingTheIssuersKeyButSignedByAnother() throws Exception {
    JWTClaimsSet claims = claims(issue(Map.of()));
    RSAKey attacker = new RSAKey.Builder(DevSigningKey.generate()).keyID(issuerKey().getKeyID()).build();

    assertRefused(ForgedTokens.signed(attacker, claims), "bad signature");
  }

  @Test
  void refusesATamperedPayload() {
    SignedJWT token = issue(Map.of("roles", List.of("user")));
    JWTClaimsSet elevated = new JWTClaimsSet.Builder(claims(token)).claim("roles", List.of("admin")).build();

    assertRefused(ForgedTokens.withPayload(token.serialize(), elevated), "bad signature");
  }

  @Test
  void refusesAnIdTokenPresentedAsAnAccessToken() {
    assertRefused(issue(Map.of("typ", "ID")).serialize(), "not an access token");
  }

  @Test
  void refusesMissingAndMalformedTokens() {
    assertRefused("", "missing token");
    assertRefused("   ", "missing token");
    assertRefused("not-a-jwt", "malformed token");
    assertRefused("a.b.c", "malformed token");
    assertRefused("e30.e30.", "malformed token");
    assertRefused("x".repeat(JwtTokenVerifier.MAX_TOKEN_LENGTH + 1), "malformed token");
    assertThatThrownBy(() -> verifier.verify(null)).isInstanceOf(InvalidTokenException.class);
  }
}
