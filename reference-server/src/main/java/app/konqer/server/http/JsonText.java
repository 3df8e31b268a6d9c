package app.konqer.server.http;

import app.konqer.sdk.error.FieldError;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;

/**
 * What a JSON body must be beyond its syntax, before the server keeps any of it: UTF-8 as RFC 8259 requires (no
 * overlong forms, no encoded surrogates, nothing past U+10FFFF), and text that PostgreSQL can store, which rules out
 * the NUL character and unpaired UTF-16 surrogates ({@code "\}{@code u0000"}, a lone {@code "\}{@code uD800"}).
 * Without these checks such bytes would be replaced silently, or fail the database write with a 500.
 */
public final class JsonText {
  private static final String UNSTORABLE = "must not contain NUL characters or unpaired surrogates";

  private JsonText() {}

  /**
   * Whether bytes are well-formed UTF-8.
   *
   * @param bytes the bytes
   * @return whether they decode without a single replacement
   */
  public static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The members and elements of a JSON document whose text cannot be stored: a NUL character or an unpaired
   * surrogate, in a value or a member name.
   *
   * @param json a syntactically valid JSON document
   * @return one field error per such string, named by its path as the client wrote it, such as
   *     {@code leads[2].email}
   * @throws IOException when the document is not valid JSON after all
   */
  public static List<FieldError> unstorableStrings(byte[] json) throws IOException {
    List<FieldError> errors = new ArrayList<>();
    walk(JsonReader.of(new Buffer().write(json)), errors);
    return errors;
  }

  /**
   * Whether bytes are one strict JSON object in UTF-8 whose every string can be stored.
   *
   * @param bytes the bytes
   * @return whether they are
   */
  public static boolean isStorableObject(byte[] bytes) {
    if (!isUtf8(bytes)) {
      return false;
    }
    try {
      JsonReader reader = JsonReader.of(new Buffer().write(bytes));
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return false;
      }
      List<FieldError> errors = new ArrayList<>();
      walk(reader, errors);
      return errors.isEmpty() && reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void walk(JsonReader reader, List<FieldError> errors) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (!storable(name)) {
            errors.add(new FieldError(wirePath(reader.getPath()), UNSTORABLE));
          }
          walk(reader, errors);
        }
        reader.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        while (reader.hasNext()) {
          walk(reader, errors);
        }
        reader.endArray();
      }
      case STRING -> {
        String path = reader.getPath();
        if (!storable(reader.nextString())) {
          errors.add(new FieldError(wirePath(path), UNSTORABLE));
        }
      }
      default -> reader.skipValue();
    }
  }

  /** Whether PostgreSQL can store a text as it is. */
  static boolean storable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code $.leads[2].email} as the client wrote it: {@code leads[2].email}. */
  private static String wirePath(String jsonPath) {
    if (jsonPath.startsWith("$.")) {
      return jsonPath.substring(2);
    }
    return jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
  }
}
