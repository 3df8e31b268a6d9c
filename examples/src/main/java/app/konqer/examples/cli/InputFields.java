package app.konqer.examples.cli;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.json.WireNames;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a service's input record from {@code --field name=value} options, read against the record itself: names
 * are the wire names ({@code prospect_name}), a dot reaches into a nested record ({@code deal_context.stage=late}), a
 * list of texts takes one value per repetition ({@code --field recent_activity=... --field recent_activity=...}),
 * numbers and booleans are parsed, and anything else (lists of records) takes a JSON value. No table of fields per
 * service: a new member of an input record is a new field here.
 */
final class InputFields {
  private final Moshi moshi;

  InputFields(Moshi moshi) {
    this.moshi = moshi;
  }

  /**
   * Builds an input.
   *
   * @param type the input record, such as {@code ColdDmInput.class}
   * @param base members read from {@code --input}, or an empty map
   * @param assignments the {@code name=value} options, applied over {@code base}
   * @param <T> the input type
   * @return the input
   * @throws CliException {@link ExitCode#USAGE} for an unknown field, a malformed value, or an input of the wrong
   *     shape
   */
  <T> T build(Class<T> type, Map<String, Object> base, List<String> assignments) {
    Map<String, Object> members = new LinkedHashMap<>(base);
    for (String assignment : assignments) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw CliException.usage("Expected --field NAME=VALUE, got: " + assignment);
      }
      assign(type, members, assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
    }
    try {
      return moshi.adapter(type).fromJsonValue(members);
    } catch (JsonDataException | IllegalArgumentException e) {
      throw CliException.usage("The input does not fit " + type.getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * The fields of an input record, for help and error messages.
   *
   * @param type the input record
   * @return one line per field, such as {@code prospect_name (required)}
   */
  static List<String> describe(Class<?> type) {
    List<String> lines = new ArrayList<>();
    describe(type, "", lines);
    return lines;
  }

  private static void describe(Class<?> type, String prefix, List<String> lines) {
    for (RecordComponent component : type.getRecordComponents()) {
      String name = prefix + wireName(type, component);
      Class<?> raw = component.getType();
      if (raw.isRecord()) {
        describe(raw, name + ".", lines);
        continue;
      }
      String kind = textList(component) ? "repeatable"
          : List.class.isAssignableFrom(raw) ? "JSON array"
          : Number.class.isAssignableFrom(raw) || raw.isPrimitive() ? "number"
          : raw.isEnum() ? "one of " + enumValues(raw)
          : "text";
      Method accessor = component.getAccessor();
      Size size = accessor.getAnnotation(Size.class);
      boolean required = accessor.getAnnotation(NotBlank.class) != null
          || accessor.getAnnotation(NotNull.class) != null || (size != null && size.min() > 0);
      lines.add(name + " (" + kind + (required ? ", required" : "") + ")");
    }
  }

  @SuppressWarnings("unchecked")
  private void assign(Class<?> type, Map<String, Object> members, String path, String value) {
    int dot = path.indexOf('.');
    String name = dot < 0 ? path : path.substring(0, dot);
    RecordComponent component = component(type, name);
    Class<?> raw = component.getType();
    if (dot >= 0) {
      if (!raw.isRecord()) {
        throw CliException.usage(name + " has no fields of its own: " + path);
      }
      Object nested = members.computeIfAbsent(name, key -> new LinkedHashMap<String, Object>());
      if (!(nested instanceof Map)) {
        throw CliException.usage(name + " is set twice");
      }
      assign(raw, (Map<String, Object>) nested, path.substring(dot + 1), value);
      return;
    }
    if (textList(component)) {
      Object list = members.computeIfAbsent(name, key -> new ArrayList<Object>());
      if (!(list instanceof List)) {
        throw CliException.usage(name + " must be a list");
      }
      ((List<Object>) list).add(value);
    } else if (raw == String.class || raw.isEnum() || raw == Instant.class) {
      members.put(name, value);
    } else if (Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class || raw == double.class) {
      members.put(name, number(name, value));
    } else if (raw == Boolean.class || raw == boolean.class) {
      members.put(name, Boolean.parseBoolean(value));
    } else {
      members.put(name, json(name, value));
    }
  }

  private static RecordComponent component(Class<?> type, String name) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (wireName(type, component).equals(name)) {
        return component;
      }
    }
    throw CliException.usage("Unknown field " + name + " for " + type.getSimpleName() + "; the fields are: "
        + String.join(", ", describe(type)));
  }

  private static boolean textList(RecordComponent component) {
    Type generic = component.getGenericType();
    return generic instanceof ParameterizedType parameterized
        && List.class.isAssignableFrom(component.getType())
        && parameterized.getActualTypeArguments()[0] == String.class;
  }

  private static Object number(String name, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException notWhole) {
      try {
        return Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw CliException.usage(name + " must be a number, got: " + value);
      }
    }
  }

  private Object json(String name, String value) {
    try {
      return moshi.adapter(Object.class).fromJson(value);
    } catch (IOException | JsonDataException e) {
      throw CliException.usage(name + " takes a JSON value, such as [{\"...\": \"...\"}]: " + e.getMessage());
    }
  }

  private static String wireName(Class<?> type, RecordComponent component) {
    Json json = component.getAccessor().getAnnotation(Json.class);
    if (json == null) {
      try {
        json = type.getDeclaredField(component.getName()).getAnnotation(Json.class);
      } catch (NoSuchFieldException e) {
        json = null;
      }
    }
    return json != null ? json.name() : WireNames.snakeCase(component.getName());
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static String enumValues(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      if (!((Enum<?>) constant).name().equals("UNKNOWN")) {
        names.add(KonqerJson.wireName((Enum) constant));
      }
    }
    return String.join("|", names);
  }
}
