package app.konqer.server.billing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The client's {@code Idempotency-Key} header, and the keys derived from it. The derived keys are deterministic, so a
 * retried request maps to the same Stripe request, and scoped to the user, so two users' keys never collide.
 */
public final class IdempotencyKeys {
  /** The request header. */
  public static final String HEADER = "Idempotency-Key";

  private static final int MAX_LENGTH = 255;

  private IdempotencyKeys() {}

  /**
   * Reads the client's key.
   *
   * @param header the header's value, or {@code null}
   * @return the key; a fresh random one when the client sent none, so that the request is simply not idempotent
   * @throws app.konqer.server.http.ApiError 400 {@code invalid_idempotency_key} for an empty, over-long or
   *     non-ASCII key
   */
  public static String read(String header) {
    if (header == null) {
      return UUID.randomUUID().toString();
    }
    if (header.isEmpty() || header.length() > MAX_LENGTH || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw BillingErrors.invalidIdempotencyKey();
    }
    return header;
  }

  /**
   * The Stripe idempotency key of a checkout.
   *
   * @param userId the buyer
   * @param clientKey the client's key
   * @return {@code checkout:<user>:<sha256(key)>}
   */
  public static String checkout(UUID userId, String clientKey) {
    return "checkout:" + userId + ":" + sha256(clientKey);
  }

  /**
   * The Stripe idempotency key of a cancellation.
   *
   * @param subscriptionId the subscription
   * @return {@code cancel:<subscription>}
   */
  public static String cancel(UUID subscriptionId) {
    return "cancel:" + subscriptionId;
  }

  /**
   * The SHA-256 of a text, in hex.
   *
   * @param text the text
   * @return 64 hex digits
   */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
