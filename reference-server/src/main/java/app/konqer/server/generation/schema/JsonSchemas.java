package app.konqer.server.generation.schema;

import app.konqer.sdk.json.WireNames;
import java.util.Set;

/**
 * Derives the JSON Schema of a Java record for OpenAI structured outputs in strict mode.
 *
 * <p>The schema describes the record exactly as {@code KonqerJson} writes it:
 * <ul>
 *   <li>properties are the snake_case wire names (or {@code @Json(name)}), in record component order;</li>
 *   <li>every object lists all its properties in {@code required} and sets {@code additionalProperties: false};</li>
 *   <li>a component is non-null when it is primitive or annotated {@code @NotNull}, {@code @NotBlank} or
 *       {@code @NotEmpty}; any other component may be null, written as {@code "type": ["string", "null"]}, or as
 *       {@code anyOf} with {@code {"type": "null"}} for enums and {@code $ref}s; list items are never null;</li>
 *   <li>{@code String} is a string, {@code Instant} a {@code date-time} string, {@code UUID} a {@code uuid} string,
 *       integral numbers {@code integer}, floating point numbers {@code number}, {@code List}/{@code Set} arrays,
 *       enums their wire names without {@code UNKNOWN}, records objects;</li>
 *   <li>a record referenced from two places, or recursively, is defined once in {@code $defs} and referenced;</li>
 *   <li>{@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax}, {@code @Positive},
 *       {@code @PositiveOrZero}, {@code @Negative} and {@code @NegativeOrZero} become numeric bounds,
 *       {@code @Size} and {@code @NotEmpty} on collections {@code minItems}/{@code maxItems}, and {@code @Email}
 *       {@code format: email}. String lengths, {@code @Pattern} and every other constraint are not sent: strict
 *       mode has no string length keywords and Java patterns are not ECMA-262 patterns, so the server's bean
 *       validation of the parsed record enforces them.</li>
 * </ul>
 *
 * <p>Types strict mode cannot express (maps, {@code Object}, type variables) are rejected with an
 * {@link IllegalArgumentException} that names the component, as is a schema beyond OpenAI's documented limits.
 * The result is deterministic; derive it once per type and keep it.
 */
public final class JsonSchemas {
  private JsonSchemas() {}

  /**
   * The strict schema of a record, named after it in snake_case ({@code ColdDmOutput} is {@code cold_dm_output}).
   *
   * @param type the record the model must produce
   * @return its schema
   * @throws IllegalArgumentException when the record uses a type strict mode cannot express
   */
  public static StrictJsonSchema strict(Class<? extends Record> type) {
    return strict(type, Set.of());
  }

  /**
   * The strict schema of a record without the members the server fills in itself.
   *
   * <p>Each omitted member is a dotted path of wire names from the root, through objects and list items alike:
   * {@code personalization_score}, or {@code ranked.warmth_score} for a member of the items of {@code ranked}.
   * Records on such a path are written inline, never shared through {@code $defs}.
   *
   * @param type the record the model must produce
   * @param omitted the members the model must not write
   * @return its schema
   * @throws IllegalArgumentException when a path names no member, or the record uses a type strict mode cannot
   *     express
   */
  public static StrictJsonSchema strict(Class<? extends Record> type, Set<String> omitted) {
    SchemaWalker walker = new SchemaWalker(type, new OmittedMembers(type, omitted));
    return new StrictJsonSchema(WireNames.snakeCase(type.getSimpleName()), walker.rootSchema());
  }
}
