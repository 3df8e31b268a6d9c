package app.konqer.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.server.testing.MutableClock;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A token verified once is trusted again only while the verifier itself would accept it. */
class VerifiedTokensTest {
  private static final String ISSUER = "https://keycloak.example.com/realms/konqer";
  private static final String AUDIENCE = JwtTokenVerifier.DEFAULT_AUDIENCE;
  private static final RSAKey KEY = DevSigningKey.generate();

  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final JwtTokenVerifier verifier = JwtTokenVerifier.forKeys(new JWKSet(KEY), ISSUER, AUDIENCE, clock);

  private String tokenExpiringIn(Duration lifetime) {
    return ForgedTokens.signed(KEY, ForgedTokens.validClaims(ISSUER, AUDIENCE, clock.instant())
        .expirationTime(Date.from(clock.instant().plus(lifetime))).build());
  }

  @Test
  void aRememberedTokenStillExpiresOnTime() {
    String token = tokenExpiringIn(Duration.ofMinutes(2));
    assertThat(verifier.verify(token).subject()).isEqualTo("user-1");

    clock.advance(Duration.ofMinutes(2).plus(ExpectedClaimsVerifier.MAX_CLOCK_SKEW).minusSeconds(1));
    assertThat(verifier.verify(token).subject()).isEqualTo("user-1");

    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class).hasMessage("token expired");
  }

  @Test
  void anAlteredCopyOfARememberedTokenIsVerifiedAndRefused() {
    String token = tokenExpiringIn(Duration.ofMinutes(5));
    verifier.verify(token);
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

    assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void nothingIsRememberedLongerThanTheKeysAreCached() {
    VerifiedTokens tokens = new VerifiedTokens(clock, 10);
    Principal caller = new Principal("user-1", null, null, List.of());
    tokens.put("t", caller, clock.instant().plus(Duration.ofHours(1)), 0);

    clock.advance(VerifiedTokens.MAX_AGE.minusSeconds(1));
    assertThat(tokens.get("t", 0)).isEqualTo(caller);
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.get("t", 0)).isNull();
  }

  @Test
  void aNewKeySetVersionForgetsEveryVerification() {
    VerifiedTokens tokens = new VerifiedTokens(clock, 10);
    tokens.put("t", new Principal("user-1", null, null, List.of()), clock.instant().plus(Duration.ofMinutes(1)), 1);

    assertThat(tokens.get("t", 2)).isNull();
  }

  @Test
  void staysWithinItsCapacity() {
    VerifiedTokens tokens = new VerifiedTokens(clock, 3);
    Principal caller = new Principal("user-1", null, null, List.of());
    for (int i = 0; i < 10; i++) {
      tokens.put("t" + i, caller, clock.instant().plus(Duration.ofMinutes(1)), 0);
      assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }
    assertThat(tokens.get("t9", 0)).isEqualTo(caller);
  }
}
