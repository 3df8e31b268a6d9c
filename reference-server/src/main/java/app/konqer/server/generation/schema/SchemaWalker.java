package app.konqer.server.generation.schema;

import static java.util.Map.entry;

import app.konqer.sdk.json.KonqerJson;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the strict schema of one root record; one instance per derivation. */
final class SchemaWalker {
  private record Scalar(String type, String format) {}

  private static final Map<Class<?>, Scalar> SCALARS = Map.ofEntries(
      entry(String.class, new Scalar("string", null)),
      entry(Instant.class, new Scalar("string", "date-time")),
      entry(UUID.class, new Scalar("string", "uuid")),
      entry(boolean.class, new Scalar("boolean", null)),
      entry(Boolean.class, new Scalar("boolean", null)),
      entry(int.class, new Scalar("integer", null)),
      entry(Integer.class, new Scalar("integer", null)),
      entry(long.class, new Scalar("integer", null)),
      entry(Long.class, new Scalar("integer", null)),
      entry(short.class, new Scalar("integer", null)),
      entry(Short.class, new Scalar("integer", null)),
      entry(byte.class, new Scalar("integer", null)),
      entry(Byte.class, new Scalar("integer", null)),
      entry(double.class, new Scalar("number", null)),
      entry(Double.class, new Scalar("number", null)),
      entry(float.class, new Scalar("number", null)),
      entry(Float.class, new Scalar("number", null)));

  private static final String UNKNOWN = "UNKNOWN";
  private static final Map<String, Object> NULL = Map.of("type", "null");

  private final Class<?> root;
  private final RecordGraph graph;
  private final OmittedMembers omitted;
  private final SchemaLimits limits;
  private final Map<Class<?>, String> definitionNames = new HashMap<>();
  private final Map<String, Object> definitions = new LinkedHashMap<>();

  SchemaWalker(Class<?> root, OmittedMembers omitted) {
    this.root = root;
    this.graph = new RecordGraph(root);
    this.omitted = omitted;
    this.limits = new SchemaLimits(root.getSimpleName());
  }

  Map<String, Object> rootSchema() {
    Map<String, Object> schema = object(root, "", false);
    if (!definitions.isEmpty()) {
      schema.put("$defs", definitions);
    }
    limits.check(graph.depth());
    return freeze(schema);
  }

  /** An object schema; {@code path} is the wire path from the root, or null inside a shared definition. */
  private Map<String, Object> object(Class<?> record, String path, boolean nullable) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      String name = Members.wireName(component);
      String memberPath = path == null ? null : path.isEmpty() ? name : path + "." + name;
      if (omitted.contains(memberPath)) {
        continue;
      }
      List<Annotation> annotations = Members.annotations(component);
      boolean memberNullable = !Members.isRequired(component, annotations);
      String where = record.getSimpleName() + "." + component.getName();
      properties.put(name, value(component.getAnnotatedType(), annotations, memberPath, memberNullable, where));
      limits.property(name);
    }
    if (properties.isEmpty()) {
      throw new IllegalArgumentException(
          "Strict mode needs at least one property, and " + record.getSimpleName() + " has none to send");
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", nullable ? List.of("object", "null") : "object");
    schema.put("properties", properties);
    schema.put("required", new ArrayList<>(properties.keySet()));
    schema.put("additionalProperties", false);
    return schema;
  }

  private Map<String, Object> value(
      AnnotatedType type, List<Annotation> annotations, String path, boolean nullable, String where) {
    Class<?> raw = Members.rawClass(type.getType()).orElseThrow(() -> unsupported(where, type.getType().toString()));
    if (raw.isRecord()) {
      return record(raw, path, nullable);
    }
    if (raw.isEnum()) {
      return orNull(enumeration(raw, where), nullable);
    }
    if (Members.isCollection(raw)) {
      AnnotatedType element = Members.elementType(type)
          .orElseThrow(() -> unsupported(where, "a " + raw.getSimpleName() + " without an element type"));
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", typeName("array", nullable));
      schema.put("items", value(element, Members.annotations(element), path, false, where + "[]"));
      Constraints.items(annotations, schema);
      return schema;
    }
    Scalar scalar = SCALARS.get(raw);
    if (scalar == null) {
      throw unsupported(where, raw.getName());
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", typeName(scalar.type(), nullable));
    if (scalar.format() != null) {
      schema.put("format", scalar.format());
    }
    if (scalar.type().equals("string")) {
      Constraints.string(annotations, schema);
    } else if (!scalar.type().equals("boolean")) {
      Constraints.numeric(annotations, schema);
    }
    return schema;
  }

  private Map<String, Object> record(Class<?> record, String path, boolean nullable) {
    if (record == root) {
      return orNull(Map.of("$ref", "#"), nullable);
    }
    if (omitted.pins(record)) {
      if (graph.isRecursive(record)) {
        throw new IllegalArgumentException(
            "Cannot omit members inside " + record.getSimpleName() + ": it is recursive, so it is always shared");
      }
      return object(record, path, nullable);
    }
    if (graph.isShared(record)) {
      return orNull(Map.of("$ref", "#/$defs/" + define(record)), nullable);
    }
    return object(record, path, nullable);
  }

  private String define(Class<?> record) {
    String name = definitionNames.get(record);
    if (name != null) {
      return name;
    }
    name = record.getSimpleName();
    if (definitions.containsKey(name)) {
      name = record.getName().replace('.', '_').replace('$', '_');
    }
    definitionNames.put(record, name);
    definitions.put(name, NULL);
    limits.definition(name);
    definitions.put(name, object(record, null, false));
    return name;
  }

  private Map<String, Object> enumeration(Class<?> type, String where) {
    List<String> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      Enum<?> value = (Enum<?>) constant;
      if (!value.name().equals(UNKNOWN)) {
        values.add(wireName(value));
      }
    }
    limits.enumeration(where, values);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "string");
    schema.put("enum", values);
    return schema;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String wireName(Enum<?> value) {
    return KonqerJson.wireName((Enum) value);
  }

  private static Object typeName(String type, boolean nullable) {
    return nullable ? List.of(type, "null") : type;
  }

  private static Map<String, Object> orNull(Map<String, Object> schema, boolean nullable) {
    if (!nullable) {
      return schema;
    }
    Map<String, Object> anyOf = new LinkedHashMap<>();
    anyOf.put("anyOf", List.of(schema, NULL));
    return anyOf;
  }

  private static IllegalArgumentException unsupported(String where, String type) {
    return new IllegalArgumentException("Cannot derive a strict JSON schema for " + where + ": " + type
        + " is not supported (use String, numbers, Boolean, Instant, UUID, enums, records and lists of them)");
  }

  @SuppressWarnings("unchecked")
  private static <T> T freeze(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, freeze(v)));
      return (T) Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      return (T) list.stream().map(SchemaWalker::freeze).toList();
    }
    return value;
  }
}
