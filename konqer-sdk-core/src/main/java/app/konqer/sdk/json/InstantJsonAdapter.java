package app.konqer.sdk.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads and writes {@link Instant} as an ISO-8601 string, accepting any UTC offset on input. */
final class InstantJsonAdapter extends JsonAdapter<Instant> {
  @Override
  public Instant fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 instant at " + reader.getPath() + " but was '" + text + "'", e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, Instant value) throws IOException {
    writer.value(value.toString());
  }
}
