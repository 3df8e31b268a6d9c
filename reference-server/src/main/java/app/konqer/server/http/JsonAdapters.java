package app.konqer.server.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Moshi adapters looked up once per type. {@link Moshi#adapter(Type)} caches too, but behind a lock that every
 * request thread would queue on; this map is read without one.
 */
public final class JsonAdapters {
  private final Moshi moshi;
  private final Map<Type, JsonAdapter<?>> adapters = new ConcurrentHashMap<>();

  /**
   * Creates the cache.
   *
   * @param moshi the JSON configuration, normally {@code KonqerJson}
   */
  public JsonAdapters(Moshi moshi) {
    this.moshi = Objects.requireNonNull(moshi, "moshi");
  }

  /**
   * The adapter of a type.
   *
   * @param type the type, a class or a parameterized type
   * @param <T> the Java type it adapts
   * @return the adapter, the same instance on every call for equal types
   */
  @SuppressWarnings("unchecked")
  public <T> JsonAdapter<T> of(Type type) {
    JsonAdapter<?> adapter = adapters.get(type);
    if (adapter == null) {
      adapter = adapters.computeIfAbsent(type, moshi::adapter);
    }
    return (JsonAdapter<T>) adapter;
  }
}
