package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.LogCapture;
import app.konqer.sdk.testing.ServerTest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LoggingTest extends ServerTest {
  private static final String LOGGER = "app.konqer.sdk.http";

  @Test
  void debugLogsOneLinePerExchangeWithMethodPathStatusAttemptMillisAndRequestId() {
    server.enqueue(Json.status(503).setHeader("X-Request-Id", "req-1"));
    server.enqueue(Json.ok(Json.PROFILE).setHeader("X-Request-Id", "req-2"));

    try (LogCapture log = LogCapture.of(LOGGER, Level.DEBUG)) {
      client().user().me();

      List<String> exchanges = log.messages(Level.DEBUG).stream().filter(line -> line.contains(" -> ")).toList();
      assertThat(exchanges).hasSize(2);
      assertThat(exchanges.get(0)).matches("GET /user/me -> 503 attempt=1 ms=\\d+ request_id=req-1");
      assertThat(exchanges.get(1)).matches("GET /user/me -> 200 attempt=2 ms=\\d+ request_id=req-2");
      assertThat(log.messages(Level.DEBUG)).anyMatch(line -> line.startsWith("GET /user/me retry 1 of 2 in 500 ms"));
      assertThat(log.messages(Level.TRACE)).isEmpty();
    }
  }

  @Test
  void traceAddsHeadersWithSecretsRedacted() {
    server.enqueue(Json.ok(Json.PROFILE)
        .setHeader("Set-Cookie", "session=s3cr3t-cookie")
        .setHeader("X-Refresh-Token", "rt-secret")
        .setHeader("X-Request-Id", "req-9"));
    RequestOptions options = RequestOptions.builder()
        .header("Cookie", "sid=cookie-secret")
        .header("X-Api-Key", "key-secret")
        .header("X-Client-Secret", "client-secret")
        .header("X-Trace", "visible")
        .idempotencyKey("op-1")
        .build();

    try (KonqerClient client = builder().bearerToken("bearer-secret").build();
        LogCapture log = LogCapture.of(LOGGER, Level.TRACE)) {
      client.user().me(options);

      List<String> trace = log.messages(Level.TRACE);
      assertThat(trace).hasSize(2);
      assertThat(trace.get(0)).contains("Authorization: <redacted>", "Cookie: <redacted>",
          "X-Api-Key: <redacted>", "X-Client-Secret: <redacted>", "X-Trace: visible", "Idempotency-Key: op-1");
      assertThat(trace.get(1)).contains("Set-Cookie: <redacted>", "X-Refresh-Token: <redacted>",
          "X-Request-Id: req-9");
      for (ILoggingEvent event : log.events()) {
        assertThat(event.getFormattedMessage())
            .doesNotContain("bearer-secret", "cookie-secret", "key-secret", "client-secret", "s3cr3t-cookie",
                "rt-secret");
      }
    }
  }

  @Test
  void theRequestIdIsInTheMdcOfTheExchangeLogLines() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));

    try (LogCapture log = LogCapture.of(LOGGER, Level.DEBUG)) {
      client().user().me();

      String sent = take().getHeader("X-Request-Id");
      assertThat(sent).isNotBlank();
      assertThat(log.events()).isNotEmpty().allSatisfy(
          event -> assertThat(event.getMDCPropertyMap()).containsEntry("konqer.request_id", sent));
    }
  }

  @Test
  void everyLineOfARetriedCallCarriesItsRequestIdInTheMdcBackoffIncluded() throws Exception {
    server.enqueue(Json.status(503));
    server.enqueue(Json.ok(Json.PROFILE));

    try (LogCapture log = LogCapture.of(LOGGER, Level.DEBUG)) {
      client().user().me();

      String sent = take().getHeader("X-Request-Id");
      assertThat(take().getHeader("X-Request-Id")).isEqualTo(sent);
      assertThat(log.messages(Level.DEBUG)).hasSize(3).anyMatch(line -> line.contains(" retry 1 of 2 "));
      assertThat(log.events()).allSatisfy(
          event -> assertThat(event.getMDCPropertyMap()).containsEntry("konqer.request_id", sent));
    }
    assertThat(MDC.get("konqer.request_id")).isNull();
  }

  @Test
  void anAsynchronousCallLogsWithItsRequestIdInTheMdcOfWhicheverThreadRunsIt() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));

    try (LogCapture log = LogCapture.of(LOGGER, Level.TRACE)) {
      client().user().meAsync().get(5, TimeUnit.SECONDS);

      String sent = take().getHeader("X-Request-Id");
      assertThat(log.messages(Level.DEBUG)).singleElement().asString().startsWith("GET /user/me -> 200 attempt=1 ");
      assertThat(log.messages(Level.TRACE)).hasSize(2);
      assertThat(log.events()).allSatisfy(
          event -> assertThat(event.getMDCPropertyMap()).containsEntry("konqer.request_id", sent));
    }
    assertThat(MDC.get("konqer.request_id")).isNull();
  }

  @Test
  void anAttemptThatGetsNoResponseIsLoggedWithItsFailure() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(Json.ok(Json.PROFILE).setHeader("X-Request-Id", "req-2"));

    try (LogCapture log = LogCapture.of(LOGGER, Level.DEBUG)) {
      client().user().me();

      take(); // the server hung up before reading it
      String sent = take().getHeader("X-Request-Id"); // the same on every attempt
      List<String> exchanges = log.messages(Level.DEBUG).stream().filter(line -> line.contains(" -> ")).toList();
      assertThat(exchanges).hasSize(2);
      assertThat(exchanges.get(0)).matches("GET /user/me -> \\w+Exception attempt=1 ms=\\d+ request_id=" + sent);
      assertThat(exchanges.get(1)).matches("GET /user/me -> 200 attempt=2 ms=\\d+ request_id=req-2");
    }
  }

  @Test
  void aReplayAfterA401IsLogged() {
    server.enqueue(Json.problem(401, "invalid_token", "Token expired"));
    server.enqueue(Json.ok(Json.PROFILE));

    try (LogCapture log = LogCapture.of(LOGGER, Level.DEBUG)) {
      client().user().me();

      assertThat(log.messages(Level.DEBUG)).hasSize(2);
      assertThat(log.messages(Level.DEBUG).get(0)).isEqualTo("GET /user/me -> 401; replaying once with a fresh token");
      assertThat(log.messages(Level.DEBUG).get(1)).startsWith("GET /user/me -> 200 attempt=1 ");
    }
  }

  @Test
  void nothingIsLoggedAboveDebugForASuccessfulCall() {
    server.enqueue(Json.ok(Json.PROFILE));

    try (LogCapture log = LogCapture.of(LOGGER, Level.INFO)) {
      client().user().me();
      assertThat(log.events()).isEmpty();
    }
  }
}
