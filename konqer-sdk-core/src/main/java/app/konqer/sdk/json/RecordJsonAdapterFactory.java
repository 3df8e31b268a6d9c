package app.konqer.sdk.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonClass;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes Java records as JSON objects with snake_case member names.
 *
 * <p>A component's wire name is its name in snake_case, unless {@link Json#name()} says otherwise. Unknown members
 * are skipped. A member that is absent or {@code null} becomes {@code null} (or zero/false for a primitive). Generic
 * records such as {@code Page<T>} are resolved against the requested type. Accessors and the canonical constructor
 * are bound once per type as method handles, so the per-call path does no reflective lookup.
 *
 * <p>A record annotated {@code @JsonClass(generateAdapter = true)} is left to Moshi, which then uses the
 * hand-written {@code <Name>JsonAdapter} class next to it (Moshi's convention for generated adapters). That is how a
 * record whose members depend on each other, such as a polymorphic history item, gets its own adapter.
 */
final class RecordJsonAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isRecord() || hasOwnAdapter(raw)) {
      return null;
    }
    return new RecordAdapter<>(raw, type, moshi).nullSafe();
  }

  private static final class RecordAdapter<T> extends JsonAdapter<T> {
    private final Class<?> recordType;
    private final String[] wireNames;
    private final JsonAdapter<Object>[] adapters;
    private final MethodHandle[] accessors;
    private final Object[] defaults;
    private final MethodHandle constructor;
    private final JsonReader.Options options;

    @SuppressWarnings("unchecked")
    RecordAdapter(Class<?> recordType, Type requested, Moshi moshi) {
      this.recordType = recordType;
      RecordComponent[] components = recordType.getRecordComponents();
      Map<TypeVariable<?>, Type> bindings = bindings(recordType, requested);
      int n = components.length;
      wireNames = new String[n];
      adapters = new JsonAdapter[n];
      accessors = new MethodHandle[n];
      defaults = new Object[n];
      Class<?>[] parameterTypes = new Class<?>[n];
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      try {
        for (int i = 0; i < n; i++) {
          RecordComponent component = components[i];
          wireNames[i] = wireName(recordType, component);
          Type componentType = resolve(component.getGenericType(), bindings);
          adapters[i] = moshi.adapter(componentType);
          Method accessor = component.getAccessor();
          accessor.setAccessible(true);
          accessors[i] = lookup.unreflect(accessor);
          parameterTypes[i] = component.getType();
          defaults[i] = primitiveDefault(component.getType());
        }
        Constructor<?> canonical = recordType.getDeclaredConstructor(parameterTypes);
        canonical.setAccessible(true);
        constructor = lookup.unreflectConstructor(canonical).asSpreader(Object[].class, n);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalArgumentException("Cannot bind JSON to record " + recordType.getName(), e);
      }
      options = JsonReader.Options.of(wireNames);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T fromJson(JsonReader reader) throws IOException {
      Object[] values = defaults.clone();
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(options);
        if (index == -1) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        Object value = adapters[index].fromJson(reader);
        if (value != null || defaults[index] == null) {
          values[index] = value;
        }
      }
      reader.endObject();
      try {
        return (T) constructor.invoke(values);
      } catch (RuntimeException e) {
        throw new JsonDataException(
            "Invalid " + recordType.getSimpleName() + " at " + reader.getPath() + ": " + e.getMessage(), e);
      } catch (Throwable e) {
        throw new JsonDataException("Cannot create " + recordType.getSimpleName(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      writer.beginObject();
      for (int i = 0; i < accessors.length; i++) {
        Object component;
        try {
          component = accessors[i].invoke(value);
        } catch (Throwable e) {
          throw new IllegalStateException("Cannot read " + recordType.getSimpleName() + "." + wireNames[i], e);
        }
        writer.name(wireNames[i]);
        adapters[i].toJson(writer, component);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + recordType.getName() + ")";
    }
  }

  private static boolean hasOwnAdapter(Class<?> raw) {
    JsonClass jsonClass = raw.getAnnotation(JsonClass.class);
    return jsonClass != null && jsonClass.generateAdapter();
  }

  private static String wireName(Class<?> recordType, RecordComponent component) {
    Json json = component.getAccessor().getAnnotation(Json.class);
    if (json == null) {
      try {
        json = recordType.getDeclaredField(component.getName()).getAnnotation(Json.class);
      } catch (NoSuchFieldException ignored) {
        // Records always have a field per component.
      }
    }
    return json != null ? json.name() : WireNames.snakeCase(component.getName());
  }

  private static Object primitiveDefault(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0d;
    }
    if (type == float.class) {
      return 0f;
    }
    if (type == short.class) {
      return (short) 0;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    return 0;
  }

  private static Map<TypeVariable<?>, Type> bindings(Class<?> raw, Type requested) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    TypeVariable<?>[] variables = raw.getTypeParameters();
    if (requested instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < variables.length && i < arguments.length; i++) {
        bindings.put(variables[i], arguments[i]);
      }
    } else {
      for (TypeVariable<?> variable : variables) {
        bindings.put(variable, Object.class);
      }
    }
    return bindings;
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> variable) {
      return bindings.getOrDefault(variable, Object.class);
    }
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments().clone();
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = resolve(arguments[i], bindings);
      }
      return Types.newParameterizedTypeWithOwner(
          parameterized.getOwnerType(), parameterized.getRawType(), arguments);
    }
    if (type instanceof GenericArrayType array) {
      return Types.arrayOf(resolve(array.getGenericComponentType(), bindings));
    }
    if (type instanceof WildcardType wildcard) {
      Type[] upper = wildcard.getUpperBounds();
      return upper.length == 1 ? resolve(upper[0], bindings) : Object.class;
    }
    return type;
  }
}
