package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.ApiException;
import app.konqer.sdk.error.ConflictException;
import app.konqer.sdk.error.KonqerConnectionException;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.ServerException;
import app.konqer.sdk.testing.Echo;
import app.konqer.sdk.testing.FakeTime;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest extends ServerTest {
  private static final String ECHO = "{\"message\":\"hi\",\"count\":1}";

  private ApiRequest.Builder<Echo> echo() {
    return ApiRequest.post("/echo", Echo.class).body(new Echo("hi", 1));
  }

  @Test
  void aPostCarriesTheSameGeneratedIdempotencyKeyOnEachOfThreeAttempts() throws Exception {
    server.enqueue(Json.status(503));
    server.enqueue(Json.status(502));
    server.enqueue(Json.ok(ECHO));

    ApiResponse<Echo> response = client().executeWithResponse(echo().build());

    assertThat(response.value()).isEqualTo(new Echo("hi", 1));
    assertThat(response.attempts()).isEqualTo(3);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RecordedRequest request = take();
      keys.add(request.getHeader("Idempotency-Key"));
      assertThat(request.getBody().readUtf8()).isEqualTo(ECHO);
    }
    assertThat(keys.get(0)).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(keys).containsOnly(keys.get(0));
    assertThat(time.slept()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void aPostWhoseResponseWasLostIsSentAgainWithTheSameKey() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(Json.ok(ECHO));

    assertThat(client().execute(echo().build())).isEqualTo(new Echo("hi", 1));

    String key = take().getHeader("Idempotency-Key");
    assertThat(key).isNotNull();
    assertThat(take().getHeader("Idempotency-Key")).isEqualTo(key);
  }

  @Test
  void eachLogicalCallGetsItsOwnIdempotencyKey() throws Exception {
    server.enqueue(Json.ok(ECHO));
    server.enqueue(Json.ok(ECHO));

    client().execute(echo().build());
    client().execute(echo().build());

    assertThat(take().getHeader("Idempotency-Key")).isNotEqualTo(take().getHeader("Idempotency-Key"));
  }

  @Test
  void theCallersIdempotencyKeyIsSentOnEveryAttempt() throws Exception {
    server.enqueue(Json.status(500));
    server.enqueue(Json.ok(ECHO));
    RequestOptions options = RequestOptions.builder().idempotencyKey("order-4711").build();

    client().execute(echo().options(options).build());

    assertThat(take().getHeader("Idempotency-Key")).isEqualTo("order-4711");
    assertThat(take().getHeader("Idempotency-Key")).isEqualTo("order-4711");
  }

  @Test
  void aPostWithoutAKeyIsSentOnceAndNeverRetried() throws Exception {
    server.enqueue(Json.status(503));
    server.enqueue(Json.ok(ECHO));
    RequestOptions noKey = RequestOptions.builder().noIdempotencyKey().build();

    assertThatThrownBy(() -> client().execute(echo().options(noKey).build()))
        .isInstanceOf(ServerException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(take().getHeader("Idempotency-Key")).isNull();
    assertThat(time.slept()).isEmpty();
  }

  @Test
  void aPostWithoutAKeyIsNotReplayedAfterAConnectionFailureNotEvenByOkHttp() {
    // A pooled connection that fails after the request was sent is one OkHttp would normally replay by itself.
    server.enqueue(Json.ok(Json.PROFILE));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(Json.ok(ECHO));
    client().user().me();
    RequestOptions noKey = RequestOptions.builder().noIdempotencyKey().build();

    assertThatThrownBy(() -> client().execute(echo().options(noKey).build()))
        .isInstanceOf(KonqerConnectionException.class);

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterInSecondsReplacesTheBackoff() {
    server.enqueue(Json.status(429).setHeader("Retry-After", "2"));
    server.enqueue(Json.ok(Json.PROFILE));

    client().user().me();

    assertThat(time.slept()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredFromTheClock() {
    String inSevenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(FakeTime.START.plusSeconds(7).atOffset(ZoneOffset.UTC));
    server.enqueue(Json.status(503).setHeader("Retry-After", inSevenSeconds));
    server.enqueue(Json.ok(Json.PROFILE));

    client().user().me();

    assertThat(time.slept()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterMsTakesPrecedence() {
    server.enqueue(Json.status(503).setHeader("Retry-After-Ms", "1250").setHeader("Retry-After", "9"));
    server.enqueue(Json.ok(Json.PROFILE));

    client().user().me();

    assertThat(time.slept()).containsExactly(Duration.ofMillis(1250));
  }

  @Test
  void retryAfterIsCappedAtSixtySeconds() {
    server.enqueue(Json.status(503).setHeader("Retry-After", "3600"));
    server.enqueue(Json.ok(Json.PROFILE));

    client().user().me();

    assertThat(time.slept()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void anExceededDailyQuotaIsThrownAtOnceWithTheServersWholeWait() {
    server.enqueue(Json.problem(429, "daily_limit_exceeded", "Daily limit reached")
        .setHeader("Retry-After", "50400"));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(14)));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.slept()).isEmpty();
  }

  @Test
  void aWaitThatWouldPassTheDeadlineIsNotTakenAndTheErrorIsThrownAtOnce() {
    server.enqueue(Json.problem(429, "rate_limited", "Slow down").setHeader("Retry-After", "30"));
    server.enqueue(Json.ok(Json.PROFILE));
    RequestOptions tenSeconds = RequestOptions.builder().timeout(Duration.ofSeconds(10)).build();

    assertThatThrownBy(() -> client().user().me(tenSeconds))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.slept()).isEmpty();
  }

  @Test
  void theClientDeadlineAlsoLimitsTheBackoff() {
    try (KonqerClient client = builder().callTimeout(Duration.ofMillis(1200)).build()) {
      server.enqueue(Json.status(500));
      server.enqueue(Json.status(500));
      server.enqueue(Json.ok(Json.PROFILE));

      assertThatThrownBy(() -> client.user().me()).isInstanceOf(ServerException.class);

      // 0.5 s fits into 1.2 s; the next 1 s would end at 1.5 s, past the deadline.
      assertThat(time.slept()).containsExactly(Duration.ofMillis(500));
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void backoffDoublesFromHalfASecondUpToEightSeconds() {
    try (KonqerClient client = builder().maxRetries(6).callTimeout(Duration.ZERO).build()) {
      for (int i = 0; i < 7; i++) {
        server.enqueue(Json.status(502));
      }

      assertThatThrownBy(() -> client.user().me()).isInstanceOf(ServerException.class);

      assertThat(time.slept()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
          Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(8));
      assertThat(server.getRequestCount()).isEqualTo(7);
    }
  }

  @Test
  void jitterShortensTheBackoffByUpToAQuarter() {
    try (KonqerClient client = builder().jitter(() -> 0.999_999).build()) {
      server.enqueue(Json.status(504));
      server.enqueue(Json.status(504));
      server.enqueue(Json.ok(Json.PROFILE));

      client.user().me();

      assertThat(time.slept()).hasSize(2);
      assertThat(time.slept().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(376));
      assertThat(time.slept().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(751));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void retryableStatusesAreRetried(int status) {
    server.enqueue(Json.status(status));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThat(client().user().meWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
    assertThat(time.slept()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void requestTimeoutIsRetriedWithBackoffAndOkHttpDoesNotReplayItFirst() {
    server.enqueue(Json.status(408));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThat(client().user().meWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.slept()).containsExactly(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3})
  void aServiceUnavailableWithRetryAfterZeroIsSentExactlyOnePlusMaxRetriesTimes(int maxRetries) {
    // OkHttp repeats such a request at once by itself, whatever retryOnConnectionFailure says.
    for (int i = 0; i < 2 * (maxRetries + 1); i++) {
      server.enqueue(Json.status(503).setHeader("Retry-After", "0"));
    }

    assertThatThrownBy(() -> client().user().me(RequestOptions.builder().maxRetries(maxRetries).build()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.headers().get("Retry-After")).containsExactly("0");
          assertThat(e.headers()).doesNotContainKey("Konqer-Held-Retry-After");
        });

    assertThat(server.getRequestCount()).isEqualTo(1 + maxRetries);
    assertThat(time.slept()).isEqualTo(Collections.nCopies(maxRetries, Duration.ZERO));
  }

  @Test
  void aServiceUnavailableWithRetryAfterZeroIsRetriedAtOnceBySdk() {
    server.enqueue(Json.status(503).setHeader("Retry-After", "0"));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThat(client().user().meWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.slept()).containsExactly(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void aFailureOnAStalePooledConnectionCountsAsAnAttempt(int maxRetries) {
    // OkHttp by itself sends a request again when a pooled connection fails after the request was written.
    server.enqueue(Json.ok(Json.PROFILE));
    for (int i = 0; i < 2 * (maxRetries + 1); i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    }
    client().user().me();

    assertThatThrownBy(() -> client().execute(echo().options(
        RequestOptions.builder().maxRetries(maxRetries).build()).build()))
        .isInstanceOf(KonqerConnectionException.class)
        .hasMessageContaining("attempt " + (1 + maxRetries));

    assertThat(server.getRequestCount()).isEqualTo(1 + 1 + maxRetries);
  }

  @Test
  void aFailureOnAStalePooledConnectionIsRetriedAtOnceOnAFreshConnection() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(Json.ok(ECHO));
    client().user().me();

    ApiResponse<Echo> response = client().executeWithResponse(echo().build());

    assertThat(response.attempts()).isEqualTo(2);
    assertThat(time.slept()).containsExactly(Duration.ZERO);
    take();
    RecordedRequest lost = take();
    RecordedRequest retry = take();
    assertThat(lost.getSequenceNumber()).isEqualTo(1);
    assertThat(retry.getSequenceNumber()).isZero();
    assertThat(retry.getHeader("Idempotency-Key")).isEqualTo(lost.getHeader("Idempotency-Key"));
  }

  @Test
  void aFailureOnAFreshConnectionWaitsForTheBackoff() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(Json.ok(ECHO));

    assertThat(client().executeWithResponse(echo().build()).attempts()).isEqualTo(2);
    assertThat(time.slept()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aCallersOkHttpClientKeepsItsSettingsAndIsLeftUnchangedWhileTheSdkCountsEveryAttempt() throws Exception {
    OkHttpClient callers = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Tenant", "acme").build()))
        .readTimeout(Duration.ofMillis(1234))
        .build();
    server.enqueue(Json.status(503).setHeader("Retry-After", "0"));
    server.enqueue(Json.status(503).setHeader("Retry-After", "0"));
    server.enqueue(Json.ok(Json.PROFILE));

    try (KonqerClient client = builder().okHttpClient(callers).maxRetries(1).build()) {
      assertThatThrownBy(() -> client.user().me()).isInstanceOf(ServerException.class);
    }

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(take().getHeader("X-Tenant")).isEqualTo("acme");
    assertThat(callers.retryOnConnectionFailure()).isTrue();
    assertThat(callers.networkInterceptors()).isEmpty();
    assertThat(callers.readTimeoutMillis()).isEqualTo(1234);
  }

  @Test
  void aRequestTimeoutOfAPostWithoutAKeyIsNotReplayed() {
    server.enqueue(Json.status(408));
    server.enqueue(Json.ok(ECHO));

    assertThatThrownBy(() -> client().execute(
        echo().options(RequestOptions.builder().noIdempotencyKey().build()).build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(408));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 402, 403, 404, 409, 422, 501})
  void otherStatusesAreNeverRetried(int status) {
    server.enqueue(Json.status(status));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.isRetryable()).isFalse();
        });

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.slept()).isEmpty();
  }

  @Test
  void aConflictWhileTheFirstRequestWithTheSameKeyIsStillRunningIsRetried() {
    server.enqueue(Json.problem(409, "idempotency_in_progress", "Still running"));
    server.enqueue(Json.ok(ECHO));

    assertThat(client().executeWithResponse(echo().build()).attempts()).isEqualTo(2);
  }

  @Test
  void whileTheFirstAttemptStillRunsTheClientWaitsAsToldWithoutSpendingItsRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(Json.problem(409, "idempotency_in_progress", "Still running").setHeader("Retry-After", "1"));
    }
    server.enqueue(Json.ok(ECHO));

    ApiResponse<Echo> response = client().executeWithResponse(
        echo().options(RequestOptions.builder().maxRetries(0).build()).build());

    assertThat(response.attempts()).isEqualTo(4);
    assertThat(time.slept()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void theWaitForAFirstAttemptStillRunningIsBoundedByTheReadTimeoutThenRetriesCount() {
    try (KonqerClient client = builder().readTimeout(Duration.ofSeconds(2)).maxRetries(1).build()) {
      for (int i = 0; i < 5; i++) {
        server.enqueue(Json.problem(409, "idempotency_in_progress", "Still running").setHeader("Retry-After", "1"));
      }

      assertThatThrownBy(() -> client.execute(echo().build()))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("idempotency_in_progress"));

      // two waits within the 2 s read timeout, then the one retry, then the error
      assertThat(server.getRequestCount()).isEqualTo(4);
      assertThat(time.slept()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
  }

  @Test
  void anOrdinaryConflictIsNotRetried() {
    server.enqueue(Json.problem(409, "already_subscribed", "Already subscribed"));

    assertThatThrownBy(() -> client().execute(echo().build())).isInstanceOf(ConflictException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionFailuresAreRetriedAndThenReportedAsAConnectionException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    }

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOf(KonqerConnectionException.class)
        .hasMessageContaining("GET /user/me")
        .hasMessageContaining("attempt 3");

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.slept()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void aRefusedConnectionIsAConnectionException() throws Exception {
    String deadUrl = baseUrl();
    server.shutdown();
    try (KonqerClient client = builder().baseUrl(deadUrl).maxRetries(1).build()) {
      assertThatThrownBy(() -> client.user().me()).isInstanceOf(KonqerConnectionException.class);
      assertThat(time.slept()).containsExactly(Duration.ofMillis(500));
    }
  }

  @Test
  void everyCallCountsItsOwnRetries() {
    for (int call = 0; call < 3; call++) {
      server.enqueue(Json.status(503));
      server.enqueue(Json.status(503));
      server.enqueue(Json.ok(Json.PROFILE));
    }

    for (int call = 0; call < 3; call++) {
      assertThat(client().user().meWithResponse(RequestOptions.none()).attempts()).isEqualTo(3);
    }
  }

  @Test
  void perCallMaxRetriesOverridesTheClient() {
    server.enqueue(Json.status(503));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThatThrownBy(() -> client().user().me(RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void putAndDeleteAreRetriedWithoutAKey() throws Exception {
    server.enqueue(Json.status(503));
    server.enqueue(new MockResponse().setResponseCode(204));

    client().execute(ApiRequest.delete("/things/{id}", Void.class).pathParam("id", "42").build());

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(take().getHeader("Idempotency-Key")).isNull();
  }
}
