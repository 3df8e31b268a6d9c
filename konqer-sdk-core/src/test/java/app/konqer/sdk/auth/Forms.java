package app.konqer.sdk.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;

/** Reads the {@code application/x-www-form-urlencoded} body of a recorded token request. */
final class Forms {
  private Forms() {}

  static Map<String, String> of(RecordedRequest request) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : request.getBody().readUtf8().split("&")) {
      String[] parts = pair.split("=", 2);
      form.put(decode(parts[0]), decode(parts[1]));
    }
    return form;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
