package app.konqer.sdk.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Moshi at the edge of the wire. Adapters are looked up once per type and kept in a lock-free map, so the per-call
 * path does no reflection and takes no lock.
 */
final class JsonCodec {
  private final Moshi moshi;
  private final Map<Type, JsonAdapter<Object>> adapters = new ConcurrentHashMap<>();

  JsonCodec(Moshi moshi) {
    this.moshi = moshi;
  }

  JsonAdapter<Object> adapter(Type type) {
    JsonAdapter<Object> adapter = adapters.get(type);
    if (adapter == null) {
      adapter = adapters.computeIfAbsent(type, moshi::adapter);
    }
    return adapter;
  }

  /**
   * Serializes a body. The bytes are read out of the okio buffer, which hands its segment back to okio's pool; a
   * buffer kept for replays would take a fresh 8 KiB segment from the pool on every call.
   */
  byte[] encode(Object body) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      adapter(body.getClass()).toJson(writer, body);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write JSON to memory", e);
    }
    return buffer.readByteArray();
  }

  /**
   * Reads a body as {@code type}.
   *
   * @param type the type to decode
   * @param body the body
   * @return the decoded value; {@code null} for {@code Void}
   * @throws IOException when the body cannot be read, or is not JSON (a {@link java.io.EOFException} or
   *     {@link com.squareup.moshi.JsonEncodingException})
   */
  Object decode(Type type, ResponseBody body) throws IOException {
    if (type == Void.class || type == void.class) {
      return null;
    }
    return adapter(type).fromJson(JsonReader.of(body.source()));
  }
}
