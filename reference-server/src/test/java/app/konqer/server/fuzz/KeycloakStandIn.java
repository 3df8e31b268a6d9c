package app.konqer.server.fuzz;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Keycloak's token endpoint as the fuzz needs it: one authorization code and one refresh token are good, and
 * everything else is refused the way Keycloak refuses it, with 400 {@code invalid_grant}.
 */
final class KeycloakStandIn extends Dispatcher {
  static final String GOOD_CODE = "code-123";
  static final String GOOD_REFRESH_TOKEN = "refresh-123";

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Map<String, String> form = form(request.getBody().readUtf8());
    boolean good = GOOD_CODE.equals(form.get("code")) || GOOD_REFRESH_TOKEN.equals(form.get("refresh_token"));
    if (good) {
      return new MockResponse().setHeader("Content-Type", "application/json").setBody("""
          {"access_token":"access","token_type":"Bearer","expires_in":300,"refresh_token":"refresh",\
          "refresh_expires_in":1800,"scope":"openid"}""");
    }
    return new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
        .setBody("{\"error\":\"invalid_grant\",\"error_description\":\"Code not valid\"}");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2) {
        form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
