package app.konqer.server.http;

import app.konqer.sdk.error.FieldError;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.javalin.config.Key;
import io.javalin.http.Context;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.EOFException;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import okio.Buffer;

/**
 * Reads a JSON request body into one of the SDK's request records, or answers with the right problem:
 *
 * <ul>
 *   <li>415 {@code unsupported_media_type} unless the body is declared as UTF-8 JSON;</li>
 *   <li>413 {@code payload_too_large} above the size limit, checked before reading;</li>
 *   <li>400 {@code malformed_json} for a body that is not UTF-8, for invalid JSON or a member of the wrong JSON
 *       type, saying where;</li>
 *   <li>422 {@code validation_failed} for bean-validation violations, with each field's snake_case path, and for
 *       text that cannot be stored (see {@link JsonText}).</li>
 * </ul>
 *
 * <p>Handlers call {@code Bodies.read(ctx, SomeRequest.class)}.
 */
public final class Bodies {
  /** Where the server keeps its body reader, in Javalin's app data. */
  public static final Key<Bodies> KEY = new Key<>("konqer.bodies");

  private static final String LENIENT_HINT = "Use JsonReader.setLenient(true) to accept malformed JSON";

  private final JsonAdapters adapters;
  private final Validator validator;
  private final long maxBytes;

  /**
   * Creates the reader.
   *
   * @param moshi the Konqer Moshi
   * @param validator the bean validator
   * @param maxBytes the largest accepted body
   */
  public Bodies(Moshi moshi, Validator validator, long maxBytes) {
    this.adapters = new JsonAdapters(moshi);
    this.validator = validator;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads and validates the request body.
   *
   * @param ctx the request
   * @param type the request record type
   * @param <T> the request record type
   * @return the valid request
   * @throws ApiError 415, 413, 400 or 422 as described above
   */
  public static <T> T read(Context ctx, Class<T> type) {
    return ctx.appData(KEY).parse(ctx, type);
  }

  /** @return the largest accepted body, in bytes */
  public long maxBytes() {
    return maxBytes;
  }

  <T> T parse(Context ctx, Class<T> type) {
    requireJson(ctx.contentType());
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw HttpErrors.payloadTooLarge(maxBytes);
    }
    byte[] body = ctx.bodyAsBytes();
    if (!JsonText.isUtf8(body)) {
      throw HttpErrors.malformedJson("The request body is not valid UTF-8");
    }
    T value = decode(body, type);
    validate(value, type, unstorableText(body));
    return value;
  }

  private static List<FieldError> unstorableText(byte[] body) {
    try {
      return JsonText.unstorableStrings(body);
    } catch (IOException e) {
      throw HttpErrors.malformedJson("Unreadable JSON");
    }
  }

  private static void requireJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw HttpErrors.unsupportedMediaType("Send the body as application/json");
    }
    String[] parts = contentType.split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
      throw HttpErrors.unsupportedMediaType("Expected application/json, got " + mediaType);
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset") && parameter.length == 2
          && !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
        throw HttpErrors.unsupportedMediaType("JSON bodies must be UTF-8, got charset " + parameter[1].strip());
      }
    }
  }

  private <T> T decode(byte[] body, Class<T> type) {
    if (body.length == 0) {
      throw HttpErrors.malformedJson("The request body is empty; send a JSON object");
    }
    JsonAdapter<T> adapter = adapters.of(type);
    JsonReader reader = JsonReader.of(new Buffer().write(body));
    try {
      T value = adapter.fromJson(reader);
      if (value == null) {
        throw HttpErrors.malformedJson("The request body must be a JSON object, not null");
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw HttpErrors.malformedJson("Unexpected content after the JSON object at " + reader.getPath());
      }
      return value;
    } catch (JsonEncodingException e) {
      throw HttpErrors.malformedJson("Invalid JSON at " + reader.getPath() + ": " + explain(e));
    } catch (EOFException e) {
      throw HttpErrors.malformedJson("The JSON ends before it is complete, at " + reader.getPath());
    } catch (JsonDataException e) {
      throw HttpErrors.malformedJson("Wrong JSON type: " + explain(e));
    } catch (IOException e) {
      throw HttpErrors.malformedJson("Unreadable JSON at " + reader.getPath());
    }
  }

  private static String explain(Exception e) {
    String message = e.getMessage() == null ? "malformed" : e.getMessage();
    return message.replace(LENIENT_HINT, "malformed JSON").strip();
  }

  private <T> void validate(T value, Class<T> type, List<FieldError> unstorable) {
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (violations.isEmpty() && unstorable.isEmpty()) {
      return;
    }
    List<FieldError> errors = Stream.concat(unstorable.stream(), violations.stream()
            .map(v -> new FieldError(WirePaths.of(type, v.getPropertyPath()), v.getMessage())))
        .distinct()
        .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
        .toList();
    throw ApiError.validation(errors);
  }
}
