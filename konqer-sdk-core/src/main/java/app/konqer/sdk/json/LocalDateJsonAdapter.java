package app.konqer.sdk.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and writes {@link LocalDate} as an ISO-8601 date such as {@code 2026-11-21}. */
final class LocalDateJsonAdapter extends JsonAdapter<LocalDate> {
  @Override
  public LocalDate fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 date at " + reader.getPath() + " but was '" + text + "'", e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, LocalDate value) throws IOException {
    writer.value(value.toString());
  }
}
