package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.KonqerDecodeException;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import com.squareup.moshi.JsonDataException;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

class DecodingTest extends ServerTest {

  @Test
  void unknownEnumValuesAndUnknownFieldsDecode() {
    server.enqueue(Json.ok("{\"data\":[{\"service\":\"cold-dm\",\"name\":\"Cold DM Personalizer\",\"type\":\"Blue\","
        + "\"unlocked\":true,\"unlocked_at\":\"2026-01-01T00:00:00Z\",\"tier\":\"gold\"},"
        + "{\"service\":\"voice-clone\",\"name\":\"Voice Clone\",\"type\":\"Purple\",\"unlocked\":false,"
        + "\"unlocks_at\":\"2026-04-01T00:00:00Z\",\"beta\":{\"since\":[2026]}}],\"next_cursor\":null,"
        + "\"total\":2}"));

    List<UserService> services = client().user().services();

    assertThat(services).containsExactly(
        new UserService(ServiceId.COLD_DM, "Cold DM Personalizer", null, ServiceType.BLUE, true,
            Instant.parse("2026-01-01T00:00:00Z"), null),
        new UserService(ServiceId.UNKNOWN, "Voice Clone", null, ServiceType.UNKNOWN, false, null,
            Instant.parse("2026-04-01T00:00:00Z")));
  }

  @Test
  void malformedJsonIsADecodeExceptionAndIsNotRetried() {
    server.enqueue(Json.ok("{\"id\": \"6f1c1a8e-5d0c-4a8f-9a4e-0c8b8f5b2f10\", \"email\": "));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOf(KonqerDecodeException.class)
        .hasMessageContaining("GET /user/me")
        .hasMessageContaining("UserProfile");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aMemberOfTheWrongTypeIsADecodeExceptionNotAMoshiOne() {
    server.enqueue(Json.ok("{\"email\": \"ada@example.com\", \"roles\": 5}"));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOf(KonqerDecodeException.class)
        .hasCauseInstanceOf(JsonDataException.class);
  }

  @Test
  void anHtmlPageWithStatus200IsADecodeException() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>Sign in</html>"));

    assertThatThrownBy(() -> client().user().me()).isInstanceOf(KonqerDecodeException.class);
  }

  @Test
  void anEmptyOrNullBodyIsADecodeExceptionWhenAValueWasExpected() {
    server.enqueue(new MockResponse().setResponseCode(200));
    server.enqueue(Json.ok("null"));

    assertThatThrownBy(() -> client().user().me()).isInstanceOf(KonqerDecodeException.class);
    assertThatThrownBy(() -> client().user().me()).isInstanceOf(KonqerDecodeException.class)
        .hasMessageContaining("has no");
  }

  @Test
  void aVoidCallIgnoresTheBody() {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(Json.ok("{\"whatever\":true}"));

    ApiRequest<Void> request = ApiRequest.delete("/user/history/{id}", Void.class).pathParam("id", "1").build();
    assertThat(client().executeWithResponse(request).status()).isEqualTo(204);
    assertThat(client().execute(request)).isNull();
  }

  @Test
  void aBodyCutShortByTheConnectionIsRetriedAsAConnectionFailure() {
    server.enqueue(Json.ok(Json.PROFILE)
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThat(client().user().meWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
  }
}
