package app.konqer.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Tokens an attacker could craft, and well-formed ones signed with keys a test controls. */
public final class ForgedTokens {
  private ForgedTokens() {}

  /** Claims any verifier expecting this issuer and audience accepts at {@code now}. */
  public static JWTClaimsSet.Builder validClaims(String issuer, String audience, Instant now) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject("user-1")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(3600)));
  }

  /** An RS256 token signed with the given key, naming its {@code kid}. */
  public static String signed(RSAKey key, JWTClaimsSet claims) {
    return signed(key, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
        .build(), claims);
  }

  /** A token signed with the given key under any header. */
  public static String signed(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsecured token: {@code alg: none} and an empty signature. */
  public static String algNone(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  /** An {@code alg: none} header put on a real token, keeping its payload and signature. */
  public static String algNoneHeaderOn(String token) {
    String[] parts = token.split("\\.");
    return Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2];
  }

  /**
   * The algorithm confusion attack: HS256 with the issuer's RSA public key (here as given bytes, such as its DER or
   * PEM encoding) as the HMAC secret, naming the issuer's {@code kid}.
   */
  public static String hs256WithSecret(byte[] secret, String kid, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).type(JOSEObjectType.JWT)
          .build(), claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The PEM text of an RSA public key, as an attacker would download it. */
  public static byte[] pem(RSAKey key) {
    try {
      String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
          .encodeToString(key.toRSAPublicKey().getEncoded());
      return ("-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n")
          .getBytes(StandardCharsets.US_ASCII);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The DER (X.509 SubjectPublicKeyInfo) bytes of an RSA public key. */
  public static byte[] der(RSAKey key) {
    try {
      return key.toRSAPublicKey().getEncoded();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A real token whose payload is replaced by other claims, keeping the original header and signature. */
  public static String withPayload(String token, JWTClaimsSet claims) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + Base64URL.encode(claims.toString()) + "." + parts[2];
  }

  /** The roles of Keycloak's {@code realm_access} claim. */
  public static Map<String, Object> realmRoles(String... roles) {
    return Map.of("roles", List.of(roles));
  }
}
