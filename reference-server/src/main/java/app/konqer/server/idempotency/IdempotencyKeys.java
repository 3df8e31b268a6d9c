package app.konqer.server.idempotency;

import app.konqer.server.http.ApiError;
import io.javalin.http.Context;
import java.util.Optional;

/** The {@code Idempotency-Key} request header: optional, 1 to 255 visible ASCII characters. */
public final class IdempotencyKeys {
  /** The request header. */
  public static final String HEADER = "Idempotency-Key";
  /** The longest accepted key. */
  public static final int MAX_LENGTH = 255;

  private IdempotencyKeys() {}

  /**
   * The key a request carries.
   *
   * @param ctx the request
   * @return the key, or empty when the header is absent
   * @throws ApiError 422 {@code invalid_idempotency_key} for an empty or longer key, or one with other characters
   */
  public static Optional<String> of(Context ctx) {
    String key = ctx.header(HEADER);
    if (key == null) {
      return Optional.empty();
    }
    if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new ApiError(422, "invalid_idempotency_key", "Invalid idempotency key",
          HEADER + " must be 1 to " + MAX_LENGTH + " visible ASCII characters; got " + key.length() + " characters");
    }
    return Optional.of(key);
  }
}
