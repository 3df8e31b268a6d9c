package app.konqer.server.http;

import static app.konqer.server.auth.Access.ADMIN;
import static app.konqer.server.auth.Access.PUBLIC;
import static app.konqer.server.auth.Access.USER;
import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.error.Problem;
import app.konqer.server.KonqerApi;
import app.konqer.server.db.DatabaseException;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Json;
import io.javalin.Javalin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every failure is a problem document with a stable code, the request id and no internals; bad input stores nothing. */
class ErrorResponsesTest {

  record Lead(@NotBlank @Email String email, @Size(max = 5) String firstName) {}

  record EventRequest(
      @NotBlank @Size(max = 40) String eventType,
      @NotNull @Valid Lead lead,
      @Size(max = 3) List<@Valid Lead> leads,
      List<@NotBlank String> tags,
      @Json(name = "ref_id") @NotBlank String reference) {}

  @RegisterExtension
  static final TestServer server = TestServer.app(deps -> Javalin.create(config -> {
    KonqerApi.pipeline(config, deps);
    config.routes.post("/test/events", ctx -> {
      EventRequest request = Bodies.read(ctx, EventRequest.class);
      deps.database().query(connection -> {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO events (event_type, metadata) VALUES (?, '{}')")) {
          insert.setString(1, request.eventType());
          return insert.executeUpdate();
        }
      });
      ctx.status(201).json(request);
    }, PUBLIC);
    config.routes.get("/test/user", ctx -> ctx.json(Map.of("ok", true)), USER);
    config.routes.get("/test/admin", ctx -> ctx.json(Map.of("ok", true)), ADMIN);
    config.routes.get("/test/boom", ctx -> {
      throw new IllegalStateException("secret internal detail");
    }, PUBLIC);
    config.routes.get("/test/database-down", ctx -> {
      throw new DatabaseException(new SQLTransientConnectionException("Connection is not available"));
    }, PUBLIC);
  }));

  private static final String VALID = """
      {"event_type": "signup", "lead": {"email": "ada@example.com", "first_name": "Ada"}, "ref_id": "r-1"}""";

  @Test
  void aValidBodyIsReadIntoTheRecord() {
    long before = countEvents();
    Reply reply = server.http().post("/test/events", "application/json; charset=utf-8", VALID);

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json(EventRequest.class).lead().firstName()).isEqualTo("Ada");
    assertThat(countEvents()).isEqualTo(before + 1);
    server.database().query(c -> c.createStatement().executeUpdate("DELETE FROM events"));
  }

  @Test
  void anUnknownRouteIsNotFound() {
    Reply reply = server.http().get("/no/such/route");

    Problem problem = assertProblem(reply, 404, "not_found");
    assertThat(problem.detail()).contains("GET /no/such/route");
  }

  @Test
  void aWrongMethodIsNotAllowedAndSaysWhichAre() {
    Reply reply = server.http().post("/test/user", "application/json", "{}");

    assertProblem(reply, 405, "method_not_allowed");
    assertThat(reply.header("Allow")).isEqualTo("GET");
  }

  @Test
  void headIsNotAllowedWhereOnlyGetIsRouted() {
    Reply reply = server.http().send(server.http().request("/test/user").head());

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("GET");
    assertThat(reply.header(RequestIds.HEADER)).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1"})
  void aBodyThatIsNotUtf8JsonIsAnUnsupportedMediaType(String contentType) {
    assertProblem(server.http().post("/test/events", contentType, VALID), 415, "unsupported_media_type");
    assertThat(countEvents()).isZero();
  }

  @Test
  void aBodyWithoutContentTypeIsAnUnsupportedMediaType() {
    assertProblem(server.http().post("/test/events", null, VALID), 415, "unsupported_media_type");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"event_type\": ",
      "{\"event_type\": \"a\",}",
      "{event_type: 1}",
      "{} {}",
      "null",
      "[]",
      "\"text\"",
      ""})
  void malformedJsonIsABadRequest(String body) {
    Problem problem = assertProblem(server.http().post("/test/events", "application/json", body), 400,
        "malformed_json");

    assertThat(problem.detail()).doesNotContain("setLenient");
    assertThat(countEvents()).isZero();
  }

  @Test
  void aMemberOfTheWrongTypeIsABadRequestThatSaysWhere() {
    Problem problem = assertProblem(server.http().post("/test/events", "application/json",
        "{\"event_type\": \"signup\", \"lead\": {\"email\": [\"a@example.com\"]}}"), 400, "malformed_json");

    assertThat(problem.detail()).contains("$.lead.email");
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    String big = "{\"event_type\": \"" + "x".repeat(70 * 1024) + "\"}";

    Problem problem = assertProblem(server.http().post("/test/events", "application/json", big), 413,
        "payload_too_large");

    assertThat(problem.detail()).contains("65536");
    assertThat(countEvents()).isZero();
  }

  @Test
  void aStreamedBodyOverTheLimitIsTooLargeToo() {
    RequestBody chunked = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/json");
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("{\"event_type\": \"");
        for (int i = 0; i < 70; i++) {
          sink.writeUtf8("x".repeat(1024));
        }
        sink.writeUtf8("\"}");
      }
    };

    Reply reply = server.http().send(server.http().request("/test/events").post(chunked));

    assertProblem(reply, 413, "payload_too_large");
    assertThat(countEvents()).isZero();
  }

  @Test
  void constraintViolationsAreListedWithTheirWirePaths() {
    String body = """
        {"event_type": "", "lead": {"email": "not-an-email", "first_name": "Augusta"},
         "leads": [{"email": "a@example.com"}, {"email": ""}], "tags": ["ok", " "]}""";

    Problem problem = assertProblem(server.http().post("/test/events", "application/json", body), 422,
        "validation_failed");

    assertThat(problem.errors()).extracting(FieldError::field).containsExactly(
        "event_type", "lead.email", "lead.first_name", "leads[1].email", "ref_id", "tags[1]");
    assertThat(problem.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
    assertThat(countEvents()).isZero();
  }

  @Test
  void noTokenIsUnauthorizedWithABearerChallenge() {
    Reply reply = server.http().get("/test/user");

    assertProblem(reply, 401, "unauthorized");
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"konqer\"");
  }

  @Test
  void anotherSchemeIsUnauthorized() {
    Reply reply = server.http().send(server.http().request("/test/user").header("Authorization", "Basic YTpi"));

    assertProblem(reply, 401, "unauthorized");
  }

  @Test
  void aRefusedTokenIsUnauthorizedAsAnInvalidToken() {
    Reply reply = server.http().get("/test/user", "forged");

    Problem problem = assertProblem(reply, 401, "invalid_token");
    assertThat(problem.detail()).isEqualTo("malformed token");
    assertThat(reply.header("WWW-Authenticate"))
        .startsWith("Bearer realm=\"konqer\", error=\"invalid_token\"")
        .contains("error_description=\"malformed token\"");
  }

  @Test
  void anAdminRouteRefusesAUserAndAdmitsAnAdmin() {
    assertProblem(server.http().get("/test/admin", TestTokens.user("plain")), 403, "forbidden");
    assertThat(server.http().get("/test/admin", TestTokens.admin("boss")).status()).isEqualTo(200);
  }

  @Test
  void anUnexpectedFailureRevealsNothing() {
    Reply reply = server.http().get("/test/boom");

    Problem problem = assertProblem(reply, 500, "internal_error");
    assertThat(reply.body()).doesNotContain("secret", "IllegalStateException", "at app.konqer");
    assertThat(problem.detail()).contains("request id");
  }

  @Test
  void anUnreachableDatabaseIsServiceUnavailableWithRetryAfter() {
    Reply reply = server.http().get("/test/database-down");

    assertProblem(reply, 503, "database_unavailable");
    assertThat(reply.header("Retry-After")).isEqualTo("5");
  }

  @Test
  void headersJettyRefusesStillGetAProblem() {
    Reply reply = server.http().send(server.http().request("/test/user").header("X-Big", "a".repeat(20_000)));

    assertThat(reply.status()).isEqualTo(431);
    assertThat(reply.mediaType()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(reply.problem().code()).isEqualTo("headers_too_large");
    assertThat(reply.header(RequestIds.HEADER)).isEqualTo(reply.problem().requestId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/test/user%00", "/test/user%00/x", "/test%00/user"})
  void aNulInThePathIsAProblemThatClosesTheConnectionAndTheNextPooledRequestWorks(String path) {
    Reply refused = server.http().get(path, TestTokens.user("pooled"));

    assertProblem(refused, 400, "bad_request");
    assertThat(refused.header("Connection")).isEqualTo("close");
    assertThat(server.http().get("/test/user", TestTokens.user("pooled")).status()).isEqualTo(200);
  }

  @Test
  void anEncodedSlashNamesNoRoute() {
    Reply refused = server.http().get("/test%2Fuser", TestTokens.user("pooled"));

    assertProblem(refused, 404, "not_found");
    assertThat(server.http().get("/test/user", TestTokens.user("pooled")).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PATCH", "PUT", "DELETE", "POST", "GET"})
  void aHeaderJettyRefusesIsAProblemWhateverTheMethod(String method) throws IOException {
    try (Socket socket = new Socket("localhost", server.server().port())) {
      socket.getOutputStream().write((method + " /test/user HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0000b\r\n"
          + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/problem+json",
          "X-Request-Id: ", "Connection: close", "\"code\":\"bad_request\"");
    }
  }

  @Test
  void anUnreadableRequestLineIsABadRequestWithAMatchingStatus() throws IOException {
    try (Socket socket = new Socket("localhost", server.server().port())) {
      socket.getOutputStream().write("GET  HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 400 ").contains("Connection: close")
          .contains("\"status\":400", "\"code\":\"bad_request\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u0000", "a\\u0000b", "\\uD800", "x\\uDC00", "\\uDBFF\\uDBFF"})
  void textThatTheDatabaseCannotStoreIsAFieldErrorNotA500(String escaped) {
    String body = VALID.replace("\"signup\"", "\"" + escaped + "\"");

    Problem problem = assertProblem(server.http().post("/test/events", "application/json", body), 422,
        "validation_failed");

    assertThat(problem.errors()).extracting(FieldError::field).containsOnly("event_type");
    assertThat(problem.errors()).extracting(FieldError::message)
        .contains("must not contain NUL characters or unpaired surrogates");
    assertThat(countEvents()).isZero();
  }

  @Test
  void anEmojiIsStoredAsItIs() {
    Reply reply = server.http().post("/test/events", "application/json",
        VALID.replace("\"signup\"", "\"sign\\uD83D\\uDE00up\"").replace("\"Ada\"", "\"\uD83D\uDC4D\""));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json(EventRequest.class).eventType()).isEqualTo("sign\uD83D\uDE00up");
    server.database().query(c -> c.createStatement().executeUpdate("DELETE FROM events"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"c0af", "e080af", "eda080", "f4908080", "ff", "c3"})
  void aBodyThatIsNotUtf8IsMalformed(String hex) {
    int split = VALID.indexOf("signup") + 4;
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    sent.writeBytes(VALID.substring(0, split).getBytes(StandardCharsets.UTF_8));
    sent.writeBytes(HexFormat.of().parseHex(hex));
    sent.writeBytes(VALID.substring(split).getBytes(StandardCharsets.UTF_8));

    Reply reply = server.http().send(server.http().request("/test/events")
        .post(RequestBody.create(sent.toByteArray(), MediaType.get("application/json"))));

    Problem problem = assertProblem(reply, 400, "malformed_json");
    assertThat(problem.detail()).contains("UTF-8");
    assertThat(countEvents()).isZero();
  }

  @Test
  void aWellFormedRequestIdIsKept() {
    Reply reply = server.http().send(server.http().request("/no/such/route").header(RequestIds.HEADER, "client-id.42"));

    assertThat(reply.header(RequestIds.HEADER)).isEqualTo("client-id.42");
    assertThat(reply.problem().requestId()).isEqualTo("client-id.42");
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "has spaces in it", "semi;colon;value", "new\tline-ish-id"})
  void aMalformedRequestIdIsReplaced(String offered) {
    Reply reply = server.http().send(server.http().request("/test/user").header(RequestIds.HEADER, offered));

    assertThat(reply.header(RequestIds.HEADER)).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
  }

  @Test
  void everyResponseCarriesARequestId() {
    Reply ok = server.http().get("/test/user", TestTokens.user("rid"));
    Reply other = server.http().get("/test/user", TestTokens.user("rid"));

    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.header(RequestIds.HEADER)).isNotBlank().isNotEqualTo(other.header(RequestIds.HEADER));
  }

  private static Problem assertProblem(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.mediaType()).isEqualTo(Problem.MEDIA_TYPE);
    Problem problem = reply.problem();
    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.type()).endsWith("/" + code);
    assertThat(problem.title()).isNotBlank();
    assertThat(problem.detail()).isNotBlank();
    assertThat(problem.requestId()).isNotBlank().isEqualTo(reply.header(RequestIds.HEADER));
    assertThat(reply.body()).contains("\"errors\":");
    return problem;
  }

  private static long countEvents() {
    return server.database().query(connection -> {
      try (ResultSet row = connection.createStatement().executeQuery("SELECT count(*) FROM events")) {
        row.next();
        return row.getLong(1);
      }
    });
  }
}
