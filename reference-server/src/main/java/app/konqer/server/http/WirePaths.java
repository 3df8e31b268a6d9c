package app.konqer.server.http;

import app.konqer.sdk.json.WireNames;
import com.squareup.moshi.Json;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * Spells a bean-validation property path the way the client wrote the field: {@code prospect.firstName} on the
 * records becomes {@code prospect.first_name}, and list elements are indexed, as in {@code leads[2].email}. Names
 * follow the JSON mapping, including {@code @Json(name = ...)} overrides.
 */
public final class WirePaths {
  private WirePaths() {}

  /**
   * The wire path of a violation's property path.
   *
   * @param root the validated record's type
   * @param path the property path
   * @return the path as the client sees it
   */
  public static String of(Class<?> root, Path path) {
    StringBuilder out = new StringBuilder();
    Type current = root;
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        out.append('[').append(position == null ? "" : position).append(']');
        current = elementType(current);
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        Field field = field(current, node.getName());
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(wireName(field, node.getName()));
        current = field == null ? Object.class : field.getGenericType();
      }
    }
    return out.toString();
  }

  private static String wireName(Field field, String javaName) {
    if (field != null) {
      Json json = field.getAnnotation(Json.class);
      if (json == null) {
        try {
          Method accessor = field.getDeclaringClass().getDeclaredMethod(javaName);
          json = accessor.getAnnotation(Json.class);
        } catch (NoSuchMethodException ignored) {
          // Not a record component: the field name is all there is.
        }
      }
      if (json != null) {
        return json.name();
      }
    }
    return WireNames.snakeCase(javaName);
  }

  private static Field field(Type owner, String name) {
    Class<?> type = raw(owner);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException ignored) {
        // Look in the superclass.
      }
    }
    return null;
  }

  private static Type elementType(Type container) {
    if (container instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    Class<?> raw = raw(container);
    if (raw.isArray()) {
      return raw.getComponentType();
    }
    if (container instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
        return arguments[1];
      }
      if (Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
        return arguments[0];
      }
    }
    return Object.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return raw(parameterized.getRawType());
    }
    return Object.class;
  }
}
