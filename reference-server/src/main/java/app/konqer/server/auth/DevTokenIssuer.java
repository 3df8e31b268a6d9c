package app.konqer.server.auth;

import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.error.FieldError;
import app.konqer.server.http.ApiError;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The reference server's own token issuer for dev mode. It signs RS256 access tokens shaped like Keycloak's
 * ({@code iss}, {@code aud}, {@code sub}, {@code email}, {@code name}, {@code realm_access.roles}, {@code iat},
 * {@code exp}, {@code jti}), publishes its public key as a JWKS, and hands out a {@link JwtTokenVerifier} over that
 * key, so dev tokens are checked by exactly the code that checks Keycloak's.
 *
 * <p>The subject is derived from the lower-cased e-mail address ({@link #subjectFor(String)}), so the same address
 * is the same user across restarts. With {@link #persistent}, the key itself also survives restarts, and tokens
 * minted before a restart stay valid until they expire.
 */
public final class DevTokenIssuer {
  /** The name of the key file {@link #persistent} keeps in the data directory. */
  public static final String KEY_FILE_NAME = "dev-signing-key.json";

  /** How long a dev token lives unless configured otherwise. */
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);

  private final RSAKey key;
  private final RSASSASigner signer;
  private final String issuer;
  private final String audience;
  private final Duration ttl;
  private final Clock clock;

  private DevTokenIssuer(RSAKey key, String issuer, String audience, Duration ttl, Clock clock) {
    this.key = key;
    this.issuer = requireText(issuer, "issuer");
    this.audience = requireText(audience, "audience");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("The token lifetime must be positive: " + ttl);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      this.signer = new RSASSASigner(key);
    } catch (JOSEException e) {
      throw new IllegalStateException("The dev signing key cannot sign", e);
    }
  }

  /**
   * An issuer with a fresh key, forgotten when the server stops.
   *
   * @param issuer the {@code iss} of minted tokens, such as the server's own URL
   * @param audience the {@code aud} of minted tokens, normally {@link JwtTokenVerifier#DEFAULT_AUDIENCE}
   * @param ttl how long minted tokens live, normally {@link #DEFAULT_TTL}
   * @param clock the clock for {@code iat} and {@code exp}
   * @return the issuer
   */
  public static DevTokenIssuer ephemeral(String issuer, String audience, Duration ttl, Clock clock) {
    return new DevTokenIssuer(DevSigningKey.generate(), issuer, audience, ttl, clock);
  }

  /**
   * An issuer whose key is kept in a file, created on first start (readable by its owner only), so that tokens
   * survive a restart.
   *
   * @param keyFile the key file, normally {@code dataDir.resolve(DevTokenIssuer.KEY_FILE_NAME)}
   * @param issuer the {@code iss} of minted tokens
   * @param audience the {@code aud} of minted tokens
   * @param ttl how long minted tokens live
   * @param clock the clock for {@code iat} and {@code exp}
   * @return the issuer
   * @throws IllegalStateException if the file exists but holds no private RSA key
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   */
  public static DevTokenIssuer persistent(Path keyFile, String issuer, String audience, Duration ttl, Clock clock) {
    return new DevTokenIssuer(DevSigningKey.loadOrCreate(keyFile), issuer, audience, ttl, clock);
  }

  /**
   * The stable subject of a dev user: {@code dev-} followed by a name-based UUID of the trimmed, lower-cased e-mail.
   *
   * @param email the user's e-mail address
   * @return the {@code sub} of that user's tokens
   */
  public static String subjectFor(String email) {
    return "dev-" + UUID.nameUUIDFromBytes(normalize(email).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Mints an access token for a dev user.
   *
   * @param request the user's e-mail address, display name (defaults to the e-mail's local part) and roles
   * @return the token, of type {@code Bearer}, with its lifetime in seconds; no refresh token
   * @throws ApiError a 422 {@code validation_failed} when the e-mail address is missing
   */
  public TokenSet issue(DevTokenRequest request) {
    if (request == null || request.email() == null || request.email().isBlank()) {
      throw ApiError.validation(List.of(new FieldError("email", "must not be blank")));
    }
    String email = normalize(request.email());
    Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(subjectFor(email))
        .issueTime(Date.from(issuedAt))
        .expirationTime(Date.from(issuedAt.plus(ttl)))
        .jwtID(UUID.randomUUID().toString())
        .claim("typ", "Bearer")
        .claim("email", email)
        .claim("name", displayName(request.name(), email))
        .claim("preferred_username", email)
        .claim("realm_access", Map.of("roles", roles(request.roles())))
        .build();
    return new TokenSet(sign(claims), "Bearer", ttl.toSeconds(), null, null, null, null);
  }

  /** @return the public key tokens are signed with, as a JWK set */
  public JWKSet publicJwks() {
    return new JWKSet(key.toPublicJWK());
  }

  /** @return the public JWK set as JSON, the body of {@code GET /.well-known/jwks.json} */
  public String jwksJson() {
    return publicJwks().toString(true);
  }

  /** @return a verifier that accepts this issuer's tokens, and only those */
  public JwtTokenVerifier verifier() {
    return JwtTokenVerifier.forKeys(publicJwks(), issuer, audience, clock);
  }

  /** @return the {@code iss} of minted tokens */
  public String issuer() {
    return issuer;
  }

  /** @return the {@code aud} of minted tokens */
  public String audience() {
    return audience;
  }

  private String sign(JWTClaimsSet claims) {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
        .keyID(key.getKeyID())
        .type(JOSEObjectType.JWT)
        .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a dev token", e);
    }
    return jwt.serialize();
  }

  private static String displayName(String requested, String email) {
    if (requested != null && !requested.isBlank()) {
      return requested.strip();
    }
    int at = email.indexOf('@');
    return at > 0 ? email.substring(0, at) : email;
  }

  private static List<String> roles(List<String> requested) {
    Set<String> roles = new LinkedHashSet<>();
    for (String role : requested) {
      if (role != null && !role.isBlank()) {
        roles.add(role.strip());
      }
    }
    return List.copyOf(roles);
  }

  private static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The " + name + " must not be blank");
    }
    return value;
  }
}
