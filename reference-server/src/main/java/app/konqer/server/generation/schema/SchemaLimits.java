package app.konqer.server.generation.schema;

/**
 * OpenAI's documented size limits for a strict schema, counted while it is built, so that a record too large for
 * structured outputs fails when the schema is derived rather than on the first request.
 */
final class SchemaLimits {
  static final int MAX_PROPERTIES = 5_000;
  static final int MAX_DEPTH = 10;
  static final int MAX_ENUM_VALUES = 1_000;
  static final int MAX_STRING_LENGTH = 120_000;
  static final int LARGE_ENUM = 250;
  static final int MAX_LARGE_ENUM_LENGTH = 15_000;

  private final String type;
  private int properties;
  private int enumValues;
  private int stringLength;

  SchemaLimits(String type) {
    this.type = type;
  }

  void property(String name) {
    properties++;
    stringLength += name.length();
  }

  void definition(String name) {
    stringLength += name.length();
  }

  void enumeration(String where, Iterable<String> values) {
    int count = 0;
    int length = 0;
    for (String value : values) {
      count++;
      length += value.length();
    }
    enumValues += count;
    stringLength += length;
    if (count > LARGE_ENUM && length > MAX_LARGE_ENUM_LENGTH) {
      throw tooLarge(where + " has " + count + " enum values totalling " + length + " characters, over "
          + MAX_LARGE_ENUM_LENGTH);
    }
  }

  void check(int depth) {
    if (properties > MAX_PROPERTIES) {
      throw tooLarge(properties + " properties, over " + MAX_PROPERTIES);
    }
    if (depth > MAX_DEPTH) {
      throw tooLarge(depth + " levels of nested objects, over " + MAX_DEPTH);
    }
    if (enumValues > MAX_ENUM_VALUES) {
      throw tooLarge(enumValues + " enum values, over " + MAX_ENUM_VALUES);
    }
    if (stringLength > MAX_STRING_LENGTH) {
      throw tooLarge(stringLength + " characters of names and enum values, over " + MAX_STRING_LENGTH);
    }
  }

  private IllegalArgumentException tooLarge(String detail) {
    return new IllegalArgumentException(
        "The schema of " + type + " exceeds OpenAI's structured output limits: " + detail);
  }
}
