package app.konqer.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.auth.TokenSet;
import app.konqer.server.http.ApiError;
import app.konqer.server.testing.MutableClock;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev issuer's tokens, checked by the same verifier as Keycloak's. */
class DevTokenIssuerTest {
  private static final String ISSUER = "http://localhost:4000";
  private static final String AUDIENCE = JwtTokenVerifier.DEFAULT_AUDIENCE;
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final MutableClock CLOCK = new MutableClock(START);
  private static final DevTokenIssuer ISSUER_UNDER_TEST =
      DevTokenIssuer.ephemeral(ISSUER, AUDIENCE, DevTokenIssuer.DEFAULT_TTL, CLOCK);
  private static final DevTokenIssuer SHARED =
      DevTokenIssuer.ephemeral(ISSUER, AUDIENCE, DevTokenIssuer.DEFAULT_TTL, new MutableClock(START));

  private final MutableClock clock = CLOCK;
  private final DevTokenIssuer issuer = ISSUER_UNDER_TEST;

  @BeforeEach
  void resetClock() {
    clock.set(START);
  }

  @TempDir
  Path dataDir;

  private static DevTokenRequest request(String email, String name, String... roles) {
    return new DevTokenRequest(email, name, List.of(roles));
  }

  @Test
  void mintsABearerTokenThatItsVerifierAccepts() {
    TokenSet tokens = issuer.issue(request("Ada@Example.com", "Ada Lovelace", "admin", "user", "admin"));

    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.expiresIn()).isEqualTo(3600L);
    assertThat(tokens.refreshToken()).isNull();
    Principal principal = issuer.verifier().verify(tokens.accessToken());
    assertThat(principal.subject()).isEqualTo(DevTokenIssuer.subjectFor("ada@example.com"));
    assertThat(principal.email()).isEqualTo("ada@example.com");
    assertThat(principal.name()).isEqualTo("Ada Lovelace");
    assertThat(principal.roles()).containsExactly("admin", "user");
  }

  @Test
  void shapesTheTokenLikeKeycloaks() throws Exception {
    SignedJWT jwt = SignedJWT.parse(issuer.issue(request("ada@example.com", null, "admin")).accessToken());
    JWTClaimsSet claims = jwt.getJWTClaimsSet();

    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(issuer.publicJwks().getKeys().get(0).getKeyID());
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getAudience()).containsExactly(AUDIENCE);
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getJSONObjectClaim("realm_access")).isEqualTo(Map.of("roles", List.of("admin")));
    assertThat(claims.getStringClaim("name")).isEqualTo("ada");
  }

  @Test
  void givesTheSameEmailTheSameSubjectAcrossIssuersAndCase() {
    String first = issuer.verifier().verify(issuer.issue(request("ada@example.com", "Ada")).accessToken()).subject();
    String second = SHARED.verifier().verify(SHARED.issue(request(" ADA@example.COM ", "Ada")).accessToken())
        .subject();
    String other = issuer.verifier().verify(issuer.issue(request("grace@example.com", "Grace")).accessToken())
        .subject();

    assertThat(first).isEqualTo(second).startsWith("dev-");
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void tokensExpireAfterTheirLifetime() {
    DevTokenIssuer shortLived = DevTokenIssuer.ephemeral(ISSUER, AUDIENCE, Duration.ofMinutes(5), clock);
    String token = shortLived.issue(request("ada@example.com", "Ada")).accessToken();

    clock.advance(Duration.ofMinutes(5).plusSeconds(59));
    assertThat(shortLived.verifier().verify(token).email()).isEqualTo("ada@example.com");

    clock.advance(Duration.ofSeconds(2));
    assertThatThrownBy(() -> shortLived.verifier().verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("token expired");
  }

  @Test
  void refusesAnotherIssuersToken() {
    String foreign = SHARED.issue(request("ada@example.com", "Ada", "admin")).accessToken();

    assertThatThrownBy(() -> issuer.verifier().verify(foreign))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("unknown signing key");
  }

  @Test
  void refusesForgeriesOfItsOwnTokens() {
    RSAKey key = issuer.publicJwks().getKeys().get(0).toRSAKey();
    JWTClaimsSet claims = ForgedTokens.validClaims(ISSUER, AUDIENCE, clock.instant()).build();
    JwtTokenVerifier verifier = issuer.verifier();

    assertThatThrownBy(() -> verifier.verify(ForgedTokens.algNone(claims))).hasMessage("unsupported algorithm");
    assertThatThrownBy(() -> verifier.verify(ForgedTokens.hs256WithSecret(ForgedTokens.der(key), key.getKeyID(),
        claims))).hasMessage("unsupported algorithm");
  }

  @Test
  void publishesOnlyThePublicKey() throws Exception {
    JWKSet published = JWKSet.parse(issuer.jwksJson());

    assertThat(published.getKeys()).hasSize(1);
    JWK key = published.getKeys().get(0);
    assertThat(key.isPrivate()).isFalse();
    assertThat(issuer.jwksJson()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    assertThat(key.getKeyID()).isEqualTo(issuer.publicJwks().getKeys().get(0).getKeyID());
    assertThat(key.toRSAKey().size()).isEqualTo(2048);
  }

  @Test
  void aVerifierOverThePublishedJwksAcceptsItsTokens() throws Exception {
    JwtTokenVerifier fromJwks = JwtTokenVerifier.forKeys(JWKSet.parse(issuer.jwksJson()), ISSUER, AUDIENCE, clock);

    assertThat(fromJwks.verify(issuer.issue(request("ada@example.com", "Ada")).accessToken()).email())
        .isEqualTo("ada@example.com");
  }

  @Test
  void keepsItsKeyInTheDataDirectorySoTokensSurviveARestart() throws Exception {
    Path keyFile = dataDir.resolve("auth").resolve(DevTokenIssuer.KEY_FILE_NAME);
    DevTokenIssuer beforeRestart = DevTokenIssuer.persistent(keyFile, ISSUER, AUDIENCE, Duration.ofHours(1), clock);
    String token = beforeRestart.issue(request("ada@example.com", "Ada")).accessToken();

    DevTokenIssuer afterRestart = DevTokenIssuer.persistent(keyFile, ISSUER, AUDIENCE, Duration.ofHours(1), clock);

    assertThat(afterRestart.verifier().verify(token).email()).isEqualTo("ada@example.com");
    assertThat(afterRestart.jwksJson()).isEqualTo(beforeRestart.jwksJson());
    if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(keyFile))
          .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    assertThat(Files.list(keyFile.getParent())).containsExactly(keyFile);
  }

  @Test
  void refusesToStartOnACorruptKeyFile() throws Exception {
    Path keyFile = dataDir.resolve(DevTokenIssuer.KEY_FILE_NAME);
    Files.writeString(keyFile, "{\"kty\":\"oct\"}");

    assertThatThrownBy(() -> DevTokenIssuer.persistent(keyFile, ISSUER, AUDIENCE, Duration.ofHours(1), clock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(keyFile.toString())
        .hasMessageContaining("delete it");
  }

  @Test
  void answersAValidationErrorForAMissingEmail() {
    assertThatThrownBy(() -> issuer.issue(request(" ", "Ada")))
        .isInstanceOfSatisfying(ApiError.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.code()).isEqualTo("validation_failed");
        });
  }
}
