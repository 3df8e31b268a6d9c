package app.konqer.server.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Okio;

/**
 * Javalin's JSON mapper on the SDK's own Moshi ({@code KonqerJson}), so that the server writes exactly the records the
 * SDK reads. Request bodies go through {@link Bodies}, which adds the checks and problem responses.
 */
public final class MoshiJsonMapper implements JsonMapper {
  private static final List<Class<?>> COLLECTIONS = List.of(Map.class, List.class, Set.class, Collection.class);

  private final JsonAdapters adapters;

  /**
   * Creates the mapper.
   *
   * @param moshi the Konqer Moshi
   */
  public MoshiJsonMapper(Moshi moshi) {
    this.adapters = new JsonAdapters(moshi);
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    if (obj instanceof String text) {
      return text;
    }
    return adapter(declared(type)).toJson(obj);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T fromJsonString(String json, Type targetType) {
    try {
      return (T) adapter(targetType).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T fromJsonStream(InputStream json, Type targetType) {
    try (var source = Okio.buffer(Okio.source(json))) {
      return (T) adapter(targetType).fromJson(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moshi adapts collection interfaces, not their implementations such as the class of {@code Map.of()}. */
  private static Type declared(Type type) {
    if (type instanceof Class<?> c && !c.isInterface()) {
      for (Class<?> collection : COLLECTIONS) {
        if (collection.isAssignableFrom(c)) {
          return collection;
        }
      }
    }
    return type;
  }

  private JsonAdapter<Object> adapter(Type type) {
    return adapters.of(type);
  }
}
