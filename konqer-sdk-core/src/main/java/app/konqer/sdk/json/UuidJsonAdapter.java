package app.konqer.sdk.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.UUID;

/** Reads and writes {@link UUID} in its canonical string form. */
final class UuidJsonAdapter extends JsonAdapter<UUID> {
  @Override
  public UUID fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException(
          "Expected a UUID at " + reader.getPath() + " but was '" + text + "'", e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, UUID value) throws IOException {
    writer.value(value.toString());
  }
}
