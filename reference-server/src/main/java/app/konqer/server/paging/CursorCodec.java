package app.konqer.server.paging;

import app.konqer.server.http.ApiError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Encodes a {@link Cursor} as the opaque {@code next_cursor} token of one list, and decodes it back.
 *
 * <p>The token is base64url (no padding) of: a version byte, {@code created_at} in epoch microseconds, the id, and
 * a 6-byte check (SHA-256 over the list's name and the payload). The check makes a cursor edited by hand, truncated,
 * or taken from another list a clean 400 {@code invalid_cursor} instead of a wrong page, and so is a well-formed one
 * whose time lies outside years 1 to 9999, where no row is and which the database cannot compare with. It is not a
 * secret: a cursor only says where to resume, and every list query is scoped to the caller, so a forged one can
 * reach nothing the caller could not page to anyway.
 */
public final class CursorCodec {
  private static final byte VERSION = 1;
  private static final int PAYLOAD_BYTES = 1 + Long.BYTES + 2 * Long.BYTES;
  private static final int CHECK_BYTES = 6;
  private static final int TOKEN_BYTES = PAYLOAD_BYTES + CHECK_BYTES;
  private static final int MAX_TOKEN_CHARS = 64;
  /** No row is stamped outside years 1 to 9999, and the database cannot compare a time far outside them. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private final byte[] domain;

  /**
   * Creates the codec of one list.
   *
   * @param list the list's name, such as {@code history} or {@code payments}; cursors of one list are refused by
   *     another
   */
  public CursorCodec(String list) {
    this.domain = ("konqer-cursor:" + list + ":").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Encodes a position.
   *
   * @param cursor the position, with a timestamp of at most microsecond precision
   * @return the opaque token
   * @throws IllegalArgumentException when the timestamp is finer than a microsecond, which would skip or repeat items
   */
  public String encode(Cursor cursor) {
    Instant at = cursor.createdAt();
    if (!at.truncatedTo(ChronoUnit.MICROS).equals(at)) {
      throw new IllegalArgumentException("Cursor timestamps must have microsecond precision: " + at);
    }
    long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
    ByteBuffer token = ByteBuffer.allocate(TOKEN_BYTES)
        .put(VERSION)
        .putLong(micros)
        .putLong(cursor.id().getMostSignificantBits())
        .putLong(cursor.id().getLeastSignificantBits());
    token.put(check(token.array()));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  /**
   * Decodes a token made by {@link #encode} for this list.
   *
   * @param token the token from the client
   * @return the position
   * @throws ApiError 400 {@code invalid_cursor} for anything else
   */
  public Cursor decode(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
      throw invalid();
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (bytes.length != TOKEN_BYTES || bytes[0] != VERSION
        || !MessageDigest.isEqual(check(bytes), Arrays.copyOfRange(bytes, PAYLOAD_BYTES, TOKEN_BYTES))) {
      throw invalid();
    }
    ByteBuffer payload = ByteBuffer.wrap(bytes, 1, PAYLOAD_BYTES - 1);
    long micros = payload.getLong();
    UUID id = new UUID(payload.getLong(), payload.getLong());
    Instant at;
    try {
      at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    } catch (ArithmeticException | DateTimeException e) {
      throw invalid();
    }
    if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
      throw invalid();
    }
    return new Cursor(at, id);
  }

  private byte[] check(byte[] token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(domain);
      sha256.update(token, 0, PAYLOAD_BYTES);
      return Arrays.copyOf(sha256.digest(), CHECK_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static ApiError invalid() {
    return new ApiError(400, "invalid_cursor", "Invalid cursor",
        "The cursor is not one this list returned; start again without a cursor");
  }
}
