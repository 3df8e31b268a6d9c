package app.konqer.server.auth;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Checks the claims of a token whose signature is already verified: {@code iss} equal to the expected issuer,
 * {@code aud} containing the expected audience, {@code exp} and a non-blank {@code sub} present, {@code exp} and
 * {@code nbf} respected within {@link #MAX_CLOCK_SKEW}, and no Keycloak {@code typ} other than {@code Bearer} (so an
 * ID token cannot pass for an access token). Nimbus decides; a refusal carries a short reason that is safe to show.
 * The current time comes from the injected {@link Clock}.
 */
final class ExpectedClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
  /** The largest difference tolerated between this server's clock and the issuer's. */
  static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);

  private static final List<String> REQUIRED = List.of("iss", "aud", "exp", "sub");

  private final String issuer;
  private final String audience;
  private final Clock clock;

  ExpectedClaimsVerifier(String issuer, String audience, Clock clock) {
    super(new HashSet<>(List.of(audience)), new JWTClaimsSet.Builder().issuer(issuer).build(),
        new HashSet<>(REQUIRED), new HashSet<>());
    setMaxClockSkew((int) MAX_CLOCK_SKEW.toSeconds());
    this.issuer = issuer;
    this.audience = audience;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  protected Date currentTime() {
    return Date.from(clock.instant());
  }

  @Override
  public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
    try {
      super.verify(claims, context);
    } catch (BadJWTException e) {
      throw new BadJWTException(reason(claims), e);
    }
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new BadJWTException("missing claim: sub");
    }
    Object tokenType = claims.getClaim("typ");
    if (tokenType != null && !"Bearer".equalsIgnoreCase(String.valueOf(tokenType))) {
      throw new BadJWTException("not an access token");
    }
  }

  private String reason(JWTClaimsSet claims) {
    if (!issuer.equals(claims.getIssuer())) {
      return claims.getIssuer() == null ? "missing claim: iss" : "wrong issuer";
    }
    List<String> audiences = claims.getAudience();
    if (!audiences.contains(audience)) {
      return audiences.isEmpty() ? "missing claim: aud" : "wrong audience";
    }
    Date expiry = claims.getExpirationTime();
    if (expiry == null) {
      return "missing claim: exp";
    }
    if (claims.getSubject() == null) {
      return "missing claim: sub";
    }
    Instant now = clock.instant();
    if (!expiry.toInstant().plus(MAX_CLOCK_SKEW).isAfter(now)) {
      return "token expired";
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && !notBefore.toInstant().minus(MAX_CLOCK_SKEW).isBefore(now)) {
      return "token not yet valid";
    }
    return "token claims refused";
  }
}
