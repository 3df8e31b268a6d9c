package app.konqer.sdk.services;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** JSON through the one Konqer configuration, and the wire fixtures under {@code src/test/resources/wire}. */
final class Wire {
  static final Moshi MOSHI = KonqerJson.create();

  private Wire() {}

  /** The fixture {@code wire/<service>/<name>}, such as {@code wire/cold-dm/input.json}. */
  static String fixture(ServiceId service, String name) {
    String resource = "/wire/" + service.id() + "/" + name;
    try (InputStream in = Wire.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> String encode(Type type, T value) {
    return MOSHI.<T>adapter(type).toJson(value);
  }

  static <T> T decode(Type type, String json) {
    try {
      return MOSHI.<T>adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON text as untyped maps and lists, to compare documents regardless of member order and spacing. */
  static Object tree(String json) {
    return decode(Object.class, json);
  }

  static JsonAdapter<HistoryItem> historyAdapter() {
    return MOSHI.adapter(HistoryItem.class);
  }
}
