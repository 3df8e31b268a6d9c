package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.time.Duration;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ResponseMetadataTest extends ServerTest {

  @Test
  void aCallCanReturnStatusHeadersRequestIdAttemptsAndElapsedTime() throws Exception {
    server.enqueue(Json.status(503));
    server.enqueue(Json.ok(Json.PROFILE).setResponseCode(200)
        .setHeader("X-Request-Id", "req-42").addHeader("X-Multi", "a").addHeader("X-Multi", "b"));

    ApiResponse<UserProfile> response = client().user().meWithResponse(RequestOptions.none());

    assertThat(response.value().name()).isEqualTo("Ada");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.requestId()).isEqualTo("req-42");
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(response.elapsed()).isEqualTo(Duration.ofMillis(500));
    assertThat(response.header("x-request-id")).contains("req-42");
    assertThat(response.headers().get("X-MULTI")).containsExactly("a", "b");
    assertThat(response.headers().get("Content-Type")).containsExactly("application/json");
    assertThat(response.map(UserProfile::email).value()).isEqualTo("ada@example.com");
    assertThat(response.isReplayed()).isFalse();
  }

  @Test
  void aResponseMarkedIdempotentReplayedSaysSo() {
    server.enqueue(Json.ok(Json.PROFILE).setHeader("idempotent-replayed", "true"));

    assertThat(client().user().meWithResponse(RequestOptions.none()).isReplayed()).isTrue();
  }

  @Test
  void theSameClientRequestIdIsSentOnEveryAttemptOfACall() throws Exception {
    server.enqueue(Json.status(503));
    server.enqueue(Json.ok(Json.PROFILE));

    ApiResponse<UserProfile> response = client().user().meWithResponse(RequestOptions.none());

    String first = take().getHeader("X-Request-Id");
    assertThat(first).matches("[0-9a-f-]{36}");
    assertThat(take().getHeader("X-Request-Id")).isEqualTo(first);
    assertThat(response.requestId()).as("no X-Request-Id in the response").isEqualTo(first);
  }

  @Test
  void theCallerMaySetTheRequestIdAndExtraHeaders() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));

    client().user().me(RequestOptions.builder()
        .header("X-Request-Id", "crm-trace-1").header("X-Tenant", "acme").build());

    RecordedRequest request = take();
    assertThat(request.getHeader("X-Request-Id")).isEqualTo("crm-trace-1");
    assertThat(request.getHeader("X-Tenant")).isEqualTo("acme");
  }
}
