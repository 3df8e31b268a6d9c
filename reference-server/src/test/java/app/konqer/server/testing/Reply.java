package app.konqer.server.testing;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.json.KonqerJson;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import okhttp3.Headers;

/**
 * A response as a test sees it.
 *
 * @param status the status code
 * @param headers the headers
 * @param body the body text
 */
public record Reply(int status, Headers headers, String body) {
  private static final Moshi MOSHI = KonqerJson.create();

  /**
   * A header.
   *
   * @param name the header name
   * @return its value, or {@code null}
   */
  public String header(String name) {
    return headers.get(name);
  }

  /** @return the media type, without parameters */
  public String mediaType() {
    String contentType = header("Content-Type");
    return contentType == null ? null : contentType.split(";")[0].strip();
  }

  /** @return the body as a problem document */
  public Problem problem() {
    return json(Problem.class);
  }

  /**
   * The body decoded with the SDK's JSON configuration.
   *
   * @param type the class
   * @param <T> the type
   * @return the value
   */
  public <T> T json(Class<T> type) {
    return json((Type) type);
  }

  /**
   * The body decoded with the SDK's JSON configuration.
   *
   * @param type the type
   * @param <T> the type
   * @return the value
   */
  public <T> T json(Type type) {
    try {
      return MOSHI.<T>adapter(type).fromJson(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + body, e);
    }
  }
}
