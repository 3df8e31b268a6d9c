package app.konqer.sdk.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Moshi at the edge of the wire. Adapters are looked up once per type and kept, so the per-call path does no
 * reflection and takes no lock.
 *
 * <p>A response type is usually a constant of its API ({@code Generation<ColdDmOutput>} of an endpoint,
 * {@code Page<HistoryItem>} of the history), the same object on every call. The first {@value #BY_IDENTITY} types
 * are therefore found by reference in a small array; a map keyed by a {@code ParameterizedType} would hash it and
 * compare it structurally on every call. Other types, and equal types built anew for each call, go to the map.
 */
final class JsonCodec {
  static final int BY_IDENTITY = 16;

  private final Moshi moshi;
  private final Map<Type, JsonAdapter<Object>> adapters = new ConcurrentHashMap<>();
  /** Types and their adapters at even and odd indexes; replaced, never changed, so reads need no lock. */
  private volatile Object[] byIdentity = new Object[0];

  JsonCodec(Moshi moshi) {
    this.moshi = moshi;
  }

  @SuppressWarnings("unchecked")
  JsonAdapter<Object> adapter(Type type) {
    Object[] known = byIdentity;
    for (int i = 0; i < known.length; i += 2) {
      if (known[i] == type) {
        return (JsonAdapter<Object>) known[i + 1];
      }
    }
    JsonAdapter<Object> adapter = adapters.get(type);
    if (adapter == null) {
      adapter = adapters.computeIfAbsent(type, moshi::adapter);
    }
    if (known.length < 2 * BY_IDENTITY) {
      remember(type, adapter);
    }
    return adapter;
  }

  private synchronized void remember(Type type, JsonAdapter<Object> adapter) {
    Object[] known = byIdentity;
    if (known.length >= 2 * BY_IDENTITY) {
      return;
    }
    for (int i = 0; i < known.length; i += 2) {
      if (known[i] == type) {
        return;
      }
    }
    Object[] grown = Arrays.copyOf(known, known.length + 2);
    grown[known.length] = type;
    grown[known.length + 1] = adapter;
    byIdentity = grown;
  }

  int typesByIdentity() {
    return byIdentity.length / 2;
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
