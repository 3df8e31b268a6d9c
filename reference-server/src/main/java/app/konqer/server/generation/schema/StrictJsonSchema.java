package app.konqer.server.generation.schema;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JSON Schema that OpenAI structured outputs accept with {@code strict: true}, and the name it is sent under.
 *
 * <p>Immutable and safe to share: derive one per output type with {@link JsonSchemas} at startup and keep it in the
 * service table.
 *
 * @param name the {@code json_schema.name}: 1 to 64 letters, digits, underscores or dashes
 * @param schema the schema document, deeply unmodifiable, with a stable member order
 */
public record StrictJsonSchema(String name, Map<String, Object> schema) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** Checks the name against OpenAI's rule for {@code json_schema.name}. */
  public StrictJsonSchema {
    Objects.requireNonNull(schema, "schema");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Schema name must be 1 to 64 letters, digits, underscores or dashes: " + name);
    }
  }

  /**
   * The same schema under another name.
   *
   * @param newName the name to send
   * @return a copy with that name
   */
  public StrictJsonSchema withName(String newName) {
    return new StrictJsonSchema(newName, schema);
  }
}
