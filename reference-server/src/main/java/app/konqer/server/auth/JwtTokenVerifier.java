package app.konqer.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetSourceWithHealthStatusReporting;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies RS256 bearer JWTs with nimbus-jose-jwt, for Keycloak (keys from its JWKS URL) and for the dev issuer
 * (keys in memory) through the same code path.
 *
 * <p>A token is accepted only when all of these hold:
 * <ul>
 *   <li>it is a signed JWT whose {@code alg} is {@code RS256} ({@code none}, {@code HS256} and every other algorithm
 *       are refused before any key is looked up);</li>
 *   <li>its {@code typ} header, if present, is {@code JWT} or {@code at+jwt};</li>
 *   <li>its signature verifies with the issuer's key named by {@code kid};</li>
 *   <li>{@code iss} equals the expected issuer exactly, {@code aud} contains the expected audience, {@code exp} and
 *       {@code sub} are present, and {@code exp}/{@code nbf} hold within a clock skew of 60 seconds.</li>
 * </ul>
 *
 * <p>A verified token's caller is remembered ({@link VerifiedTokens}) while the token stays acceptable, at most 5
 * minutes and until the issuer's keys are fetched again, so a client that reuses its token is verified once, not
 * on every request.
 *
 * <p>Remote keys are cached for 5 minutes. A token whose {@code kid} is not in the cache triggers a refetch (at most
 * two fetches per 30 seconds), so an issuer that rotates its keys keeps being trusted. If the issuer is down, the
 * last keys it served stay in use for up to 50 minutes.
 *
 * <p>Failures: a refused token is an {@link InvalidTokenException} with a short reason (such as
 * {@code token expired}, {@code wrong audience}, {@code unknown signing key}) that never contains the token. When
 * the keys cannot be fetched (no keys yet, or the token names a key we could not look up because the last fetch
 * failed), the token may be good, so the verifier throws a 503
 * {@link app.konqer.server.http.ApiError} {@code identity_provider_unavailable} with {@code Retry-After} instead of
 * a 401 that would make a client discard it. Refusals are logged at DEBUG, without the token.
 */
public final class JwtTokenVerifier implements TokenVerifier {
  /** The audience a Konqer API token must carry unless configured otherwise. */
  public static final String DEFAULT_AUDIENCE = "konqer-api";

  /** Tokens longer than this are refused unparsed. */
  static final int MAX_TOKEN_LENGTH = 16 * 1024;

  private static final Logger log = LoggerFactory.getLogger(JwtTokenVerifier.class);
  private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;
  /** The {@code typ} headers of access tokens; a token may also have none. */
  private static final Set<JOSEObjectType> TYPES = Set.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"));
  private static final int HTTP_TIMEOUT_MILLIS = 2_000;
  private static final int JWKS_SIZE_LIMIT_BYTES = 256 * 1024;
  private static final Duration CACHE_TIME_TO_LIVE = Duration.ofMinutes(5);
  private static final Duration CACHE_REFRESH_TIMEOUT = Duration.ofSeconds(5);

  /** Most verified tokens remembered per server process (a few MiB at most). */
  private static final int VERIFIED_TOKENS = 4_096;

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final KeySourceHealth health;
  private final VerifiedTokens verified;

  private JwtTokenVerifier(
      JWKSource<SecurityContext> keys, KeySourceHealth health, String issuer, String audience, Clock clock) {
    this.health = health;
    this.verified = new VerifiedTokens(clock, VERIFIED_TOKENS);
    Set<JOSEObjectType> types = new HashSet<>(TYPES);
    types.add(null);
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(types));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHM, keys));
    processor.setJWTClaimsSetVerifier(new ExpectedClaimsVerifier(
        requireText(issuer, "issuer"), requireText(audience, "audience"), clock));
  }

  /**
   * A verifier for an external issuer such as Keycloak, with keys fetched from its JWKS URL (for Keycloak:
   * {@code {url}/realms/{realm}/protocol/openid-connect/certs}, see {@link KeycloakRealm#jwksUrl()}). Nothing is
   * fetched until the first token is verified.
   *
   * @param jwksUrl the issuer's JWKS URL
   * @param issuer the exact {@code iss} tokens must carry
   * @param audience the audience tokens must include, normally {@link #DEFAULT_AUDIENCE}
   * @param clock the clock that decides whether a token has expired
   * @return the verifier
   * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
   */
  public static JwtTokenVerifier forJwksUrl(URI jwksUrl, String issuer, String audience, Clock clock) {
    KeySourceHealth health = new KeySourceHealth();
    JWKSetSource<SecurityContext> fetch = new JWKSetSourceWithHealthStatusReporting<>(
        new URLBasedJWKSetSource<>(url(jwksUrl),
            new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT_BYTES)),
        health);
    JWKSource<SecurityContext> keys = JWKSourceBuilder.create(fetch)
        .cache(CACHE_TIME_TO_LIVE.toMillis(), CACHE_REFRESH_TIMEOUT.toMillis())
        .refreshAheadCache(false)
        .rateLimited(true)
        .retrying(true)
        .outageTolerant(true)
        .build();
    return new JwtTokenVerifier(keys, health, issuer, audience, clock);
  }

  /**
   * A verifier over a fixed set of public keys, such as the dev issuer's ({@link DevTokenIssuer#verifier()}).
   *
   * @param keys the public keys tokens may be signed with
   * @param issuer the exact {@code iss} tokens must carry
   * @param audience the audience tokens must include
   * @param clock the clock that decides whether a token has expired
   * @return the verifier
   */
  public static JwtTokenVerifier forKeys(JWKSet keys, String issuer, String audience, Clock clock) {
    return new JwtTokenVerifier(
        new ImmutableJWKSet<>(keys.toPublicJWKSet()), new KeySourceHealth(), issuer, audience, clock);
  }

  /**
   * Verifies a bearer token.
   *
   * @param token the compact JWT, without the {@code Bearer } prefix
   * @return the caller
   * @throws InvalidTokenException when the token is malformed, forged, expired or meant for someone else
   * @throws app.konqer.server.http.ApiError a 503 {@code identity_provider_unavailable} when the issuer's keys
   *     cannot be fetched
   */
  @Override
  public Principal verify(String token) {
    long keySetVersion = health.keySetVersion();
    Principal known = token == null ? null : verified.get(token, keySetVersion);
    if (known != null) {
      return known;
    }
    SignedJWT jwt = parse(token);
    try {
      JWTClaimsSet claims = processor.process(jwt, null);
      Principal principal = PrincipalClaims.principal(claims);
      verified.put(token, principal,
          claims.getExpirationTime().toInstant().plus(ExpectedClaimsVerifier.MAX_CLOCK_SKEW), keySetVersion);
      return principal;
    } catch (RateLimitReachedException e) {
      throw unknownKey(e);
    } catch (KeySourceException e) {
      throw keysUnavailable(e);
    } catch (BadJWSException e) {
      throw refused("bad signature", e);
    } catch (BadJWTException e) {
      throw refused(e.getMessage(), e);
    } catch (BadJOSEException e) {
      throw unknownKey(e);
    } catch (JOSEException e) {
      throw refused("bad signature", e);
    } catch (RuntimeException e) {
      throw refused("malformed token", e);
    }
  }

  /**
   * No key matches the token's {@code kid}, and the keys were not refetched (just fetched, or rate limited). If the
   * last fetch worked, the key is unknown to the issuer; if it failed, the key may be a new one we could not see.
   */
  private RuntimeException unknownKey(Exception e) {
    if (!health.lastFetchFailed()) {
      return refused("unknown signing key", e);
    }
    log.warn("A token names a signing key this server has not seen, and the identity provider's JWKS could not be "
        + "fetched to look for it");
    return IdentityProviderErrors.unavailable("The identity provider's signing keys cannot be fetched", e);
  }

  private static RuntimeException keysUnavailable(Exception e) {
    log.warn("Cannot fetch the identity provider's signing keys: {}", e.toString());
    return IdentityProviderErrors.unavailable("The identity provider's signing keys cannot be fetched", e);
  }

  private static SignedJWT parse(String token) {
    if (token == null || token.isBlank()) {
      throw refused("missing token", null);
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw refused("malformed token", null);
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException | RuntimeException e) {
      throw refused("malformed token", e);
    }
    if (!(jwt instanceof SignedJWT signed) || !ALGORITHM.equals(jwt.getHeader().getAlgorithm())) {
      throw refused("unsupported algorithm", null);
    }
    JOSEObjectType type = signed.getHeader().getType();
    if (type != null && !TYPES.contains(type)) {
      throw refused("unsupported token type", null);
    }
    try {
      signed.getJWTClaimsSet();
    } catch (ParseException | RuntimeException e) {
      throw refused("malformed token", e);
    }
    return signed;
  }

  private static InvalidTokenException refused(String reason, Throwable cause) {
    log.debug("Bearer token refused: {}{}", reason, cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")");
    return cause == null ? new InvalidTokenException(reason) : new InvalidTokenException(reason, cause);
  }

  private static URL url(URI uri) {
    Objects.requireNonNull(uri, "jwksUrl");
    String scheme = uri.getScheme();
    if (!uri.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("The JWKS URL must be an absolute http(s) URL: " + uri);
    }
    try {
      return uri.toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Invalid JWKS URL: " + uri, e);
    }
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The expected " + name + " must not be blank");
    }
    return value;
  }
}
