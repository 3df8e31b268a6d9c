package app.konqer.server.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What makes two requests the same request: the SHA-256 of their scope (method and path) and their canonical
 * body. The canonical body is the parsed request written back by the server, so member order, whitespace and
 * defaulted members do not matter, while any difference in value does.
 *
 * @param sha256 the 32-byte digest
 */
public record RequestFingerprint(byte[] sha256) {

  /** Copies the digest. */
  public RequestFingerprint {
    sha256 = sha256.clone();
  }

  /**
   * The fingerprint of a request.
   *
   * @param scope what the request does, such as {@code POST /services/cold-dm/generate}
   * @param canonicalBody the parsed body, written back in its canonical form
   * @return the fingerprint
   */
  public static RequestFingerprint of(String scope, String canonicalBody) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(scope.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      digest.update(canonicalBody.getBytes(StandardCharsets.UTF_8));
      return new RequestFingerprint(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public byte[] sha256() {
    return sha256.clone();
  }

  /**
   * Whether a stored digest is this fingerprint.
   *
   * @param stored the digest of the first request with the key
   * @return {@code true} for the same request
   */
  public boolean matches(byte[] stored) {
    return MessageDigest.isEqual(sha256, stored);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestFingerprint that && Arrays.equals(sha256, that.sha256);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sha256);
  }

  @Override
  public String toString() {
    return "RequestFingerprint[" + java.util.HexFormat.of().formatHex(sha256) + "]";
  }
}
