package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.testing.Echo;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ApiRequestTest extends ServerTest {

  @Test
  void pathParametersAreEncodedAsSingleSegments() {
    ApiRequest<Void> request = ApiRequest.get("/a/{x}/b/{y}", Void.class)
        .pathParam("x", "one/two?three#four five")
        .pathParam("y", "ünï")
        .build();

    assertThat(request.path()).isEqualTo("/a/one%2Ftwo%3Fthree%23four%20five/b/%C3%BCn%C3%AF");
    assertThat(request.pathTemplate()).isEqualTo("/a/{x}/b/{y}");
  }

  @Test
  void dotSegmentsAndEmptyValuesCannotChangeThePath() {
    for (String value : new String[] {"..", ".", ""}) {
      assertThatThrownBy(() -> ApiRequest.get("/user/history/{id}", Void.class).pathParam("id", value))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void everyTemplateParameterNeedsAValueAndEveryValueATemplateParameter() {
    assertThatThrownBy(() -> ApiRequest.get("/user/history/{id}", Void.class).build())
        .hasMessageContaining("No value for path parameter id");
    assertThatThrownBy(() -> ApiRequest.get("/user/history/{id}", Void.class)
        .pathParam("id", "1").pathParam("other", "2").build())
        .hasMessageContaining("[other]");
    assertThatThrownBy(() -> ApiRequest.get("/user/me", Void.class).pathParam("id", "1").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void enumsAreSentByTheirWireNames() {
    ApiRequest<Void> request = ApiRequest.get("/services/{service}", Void.class)
        .pathParam("service", ServiceId.NO_SHOW_SHIELD)
        .queryParam("also", ServiceId.COLD_DM)
        .queryParam("skipped", null)
        .build();

    assertThat(request.path()).isEqualTo("/services/no-show-shield");
    assertThat(request.queryParameters()).containsExactly(Map.entry("also", "cold-dm"));
  }

  @Test
  void aGetCarriesNoBody() {
    assertThatThrownBy(() -> ApiRequest.get("/x", Void.class).body(new Echo("a", 1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiRequest.get("x", Void.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theServerReceivesTheEncodedPathQueryAndJsonBody() throws Exception {
    server.enqueue(Json.ok("{\"message\":\"ok\",\"count\":2}"));

    Echo echo = client().execute(ApiRequest.post("/things/{id}/echo", Echo.class)
        .pathParam("id", "a/b")
        .queryParam("q", "x y&z")
        .body(new Echo("héllo", 2))
        .build());

    RecordedRequest request = take();
    assertThat(echo).isEqualTo(new Echo("ok", 2));
    assertThat(request.getPath()).isEqualTo("/things/a%2Fb/echo?q=x%20y%26z");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"message\":\"héllo\",\"count\":2}");
  }

  @Test
  void repeatedCallsToOnePathSendEachCallsOwnQuery() throws Exception {
    for (String q : new String[] {"first", "second", null, "third"}) {
      server.enqueue(Json.ok("{\"message\":\"ok\",\"count\":1}"));
      client().execute(ApiRequest.get("/things/{id}", Echo.class).pathParam("id", "a b").queryParam("q", q).build());
    }

    assertThat(take().getPath()).isEqualTo("/things/a%20b?q=first");
    assertThat(take().getPath()).isEqualTo("/things/a%20b?q=second");
    assertThat(take().getPath()).isEqualTo("/things/a%20b");
    assertThat(take().getPath()).isEqualTo("/things/a%20b?q=third");
  }

  @Test
  void aBaseUrlWithAPathPrefixKeepsIt() throws Exception {
    try (KonqerClient client = builder().baseUrl(baseUrl() + "api/v1").build()) {
      server.enqueue(Json.ok(Json.PROFILE));
      client.user().me();
    }

    assertThat(take().getPath()).isEqualTo("/api/v1/user/me");
  }

  @Test
  void aPostWithoutBodyStillSendsAnEmptyOne() throws Exception {
    server.enqueue(Json.ok("{\"message\":\"ok\",\"count\":0}"));

    client().execute(ApiRequest.post("/billing/subscriptions/{id}/cancel", Echo.class).pathParam("id", "s1").build());

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeader("Idempotency-Key")).isNotNull();
  }

  @Test
  void mappedRequestsKeepTheirShape() {
    ApiRequest<Echo> request = ApiRequest.post("/e", Echo.class).body(new Echo("a", 1)).build();
    ApiRequest<String> mapped = request.map(Echo::message);

    assertThat(mapped.path()).isEqualTo("/e");
    assertThat(mapped.body()).isEqualTo(new Echo("a", 1));
    assertThat(mapped.result(new Echo("b", 2))).isEqualTo("b");
    assertThat(mapped.toString()).isEqualTo("ApiRequest[POST /e]");
  }
}
