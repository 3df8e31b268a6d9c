package app.konqer.server.idempotency;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response kept for replay: sent to the first request and, byte for byte, to every retry with the same key.
 *
 * @param status the HTTP status
 * @param headers the headers to send again, such as {@code Content-Type}
 * @param body the body text
 */
public record StoredResponse(int status, Map<String, String> headers, String body) {
  /** The header that marks a replayed response. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** Copies the headers, keeping their order. */
  public StoredResponse {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
  }

  /**
   * A JSON response.
   *
   * @param status the HTTP status
   * @param json the body
   * @return the response
   */
  public static StoredResponse json(int status, String json) {
    return new StoredResponse(status, Map.of("Content-Type", "application/json"), json);
  }

  /**
   * Writes the response.
   *
   * @param ctx the request
   * @param replayed whether this is a retry's replay, marked with {@code Idempotent-Replayed: true}
   */
  public void writeTo(Context ctx, boolean replayed) {
    headers.forEach(ctx::header);
    if (replayed) {
      ctx.header(REPLAYED_HEADER, "true");
    }
    ctx.status(status).result(body);
  }
}
