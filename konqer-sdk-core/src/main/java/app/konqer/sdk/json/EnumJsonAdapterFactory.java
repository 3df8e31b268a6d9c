package app.konqer.sdk.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Reads and writes enums by their wire names, and keeps decoding when the server adds a value.
 *
 * <p>A constant's wire name is its {@link Json#name()} when annotated, otherwise its name in lower case
 * ({@code STATUS_QUO} is {@code status_quo}). A value the enum does not know decodes to its {@code UNKNOWN} constant
 * when it has one, so an older SDK keeps working against a newer server. {@code UNKNOWN} itself is never written.
 */
final class EnumJsonAdapterFactory implements JsonAdapter.Factory {
  static final String UNKNOWN = "UNKNOWN";

  /**
   * The wire names of each enum's constants by ordinal, read from their annotations once per enum: a path or query
   * parameter, or {@code ServiceId.id()}, costs an array read instead of a reflective field lookup.
   */
  private static final ClassValue<String[]> WIRE_NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> enumType) {
      Object[] constants = enumType.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        String name = ((Enum<?>) constants[i]).name();
        try {
          Json json = enumType.getField(name).getAnnotation(Json.class);
          names[i] = json != null ? json.name() : name.toLowerCase(java.util.Locale.ROOT);
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException(e);
        }
      }
      return names;
    }
  };

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isEnum()) {
      return null;
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    JsonAdapter<?> adapter = new EnumAdapter(raw).nullSafe();
    return adapter;
  }

  private static final class EnumAdapter<E extends Enum<E>> extends JsonAdapter<E> {
    private final Class<E> enumType;
    private final E[] constants;
    private final String[] wireNames;
    private final JsonReader.Options options;
    private final E unknown;

    EnumAdapter(Class<E> enumType) {
      this.enumType = enumType;
      this.constants = enumType.getEnumConstants();
      this.wireNames = new String[constants.length];
      E fallback = null;
      for (int i = 0; i < constants.length; i++) {
        wireNames[i] = wireName(enumType, constants[i]);
        if (UNKNOWN.equals(constants[i].name())) {
          fallback = constants[i];
        }
      }
      this.unknown = fallback;
      this.options = JsonReader.Options.of(wireNames);
    }

    @Override
    public E fromJson(JsonReader reader) throws IOException {
      int index = reader.selectString(options);
      if (index != -1) {
        return constants[index];
      }
      String path = reader.getPath();
      String value = reader.nextString();
      if (unknown != null) {
        return unknown;
      }
      throw new JsonDataException(
          "Unexpected " + enumType.getSimpleName() + " value '" + value + "' at " + path);
    }

    @Override
    public void toJson(JsonWriter writer, E value) throws IOException {
      if (value == unknown) {
        throw new IllegalArgumentException(
            "Cannot send " + enumType.getSimpleName() + ".UNKNOWN: it stands for a value this SDK does not know");
      }
      writer.value(wireNames[value.ordinal()]);
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + enumType.getName() + ")";
    }
  }

  /**
   * The wire name of one enum constant.
   *
   * @param enumType the enum class
   * @param constant the constant
   * @param <E> the enum type
   * @return its {@link Json#name()}, or its name in lower case
   */
  static <E extends Enum<E>> String wireName(Class<E> enumType, E constant) {
    return WIRE_NAMES.get(enumType)[constant.ordinal()];
  }
}
