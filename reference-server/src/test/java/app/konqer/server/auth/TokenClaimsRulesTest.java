package app.konqer.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.server.testing.MutableClock;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim and header rules, on tokens signed with a trusted key the test holds. */
class TokenClaimsRulesTest {
  private static final String ISSUER = "https://keycloak.example.com/realms/konqer";
  private static final String AUDIENCE = JwtTokenVerifier.DEFAULT_AUDIENCE;
  private static final RSAKey KEY = DevSigningKey.generate();

  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final JwtTokenVerifier verifier = JwtTokenVerifier.forKeys(new JWKSet(KEY), ISSUER, AUDIENCE, clock);

  private JWTClaimsSet.Builder claims() {
    return ForgedTokens.validClaims(ISSUER, AUDIENCE, clock.instant());
  }

  private String sign(JWTClaimsSet.Builder claims) {
    return ForgedTokens.signed(KEY, claims.build());
  }

  private void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class).hasMessage(reason);
  }

  @Test
  void requiresSubjectExpiryIssuerAndAudience() {
    assertRefused(sign(claims().subject(null)), "missing claim: sub");
    assertRefused(sign(claims().subject(" ")), "missing claim: sub");
    assertRefused(sign(claims().expirationTime(null)), "missing claim: exp");
    assertRefused(sign(claims().issuer(null)), "missing claim: iss");
    assertRefused(sign(claims().audience((String) null)), "missing claim: aud");
  }

  @Test
  void acceptsAnAudienceListThatContainsOurs() {
    String token = sign(claims().audience(List.of("account", AUDIENCE)));

    assertThat(verifier.verify(token).subject()).isEqualTo("user-1");
  }

  @Test
  void acceptsAccessTokenTypeHeadersAndRefusesOthers() {
    JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID());

    assertThat(verifier.verify(ForgedTokens.signed(KEY, header.type(null).build(), claims().build()))).isNotNull();
    assertThat(verifier.verify(ForgedTokens.signed(KEY, header.type(new JOSEObjectType("at+jwt")).build(),
        claims().build()))).isNotNull();
    assertRefused(ForgedTokens.signed(KEY, header.type(new JOSEObjectType("logout+jwt")).build(), claims().build()),
        "unsupported token type");
  }

  @Test
  void refusesOtherRsaAlgorithmsEvenWithTheRightKey() {
    JWSHeader ps256 = new JWSHeader.Builder(JWSAlgorithm.PS256).keyID(KEY.getKeyID()).build();
    JWSHeader rs512 = new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(KEY.getKeyID()).build();

    assertRefused(ForgedTokens.signed(KEY, ps256, claims().build()), "unsupported algorithm");
    assertRefused(ForgedTokens.signed(KEY, rs512, claims().build()), "unsupported algorithm");
  }

  @Test
  void ignoresRoleClaimsOfUnexpectedShape() {
    String token = sign(claims()
        .claim("realm_access", Map.of("roles", List.of("user", 42, "", Map.of("x", 1))))
        .claim("roles", "admin")
        .claim("email", 7)
        .claim("name", List.of("a")));

    Principal principal = verifier.verify(token);

    assertThat(principal.roles()).containsExactly("user");
    assertThat(principal.email()).isNull();
    assertThat(principal.name()).isNull();
  }

  @Test
  void refusesAMalformedStandardClaim() {
    assertRefused(sign(claims().claim("exp", "tomorrow")), "malformed token");
  }

  @Test
  void refusesATokenWithGarbageAfterItsSignature() {
    String token = sign(claims());

    assertRefused(token + "AAAA", "bad signature");
    assertRefused(token + ".extra", "malformed token");
  }
}
