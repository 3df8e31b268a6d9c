package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.KonqerTimeoutException;
import app.konqer.sdk.http.Sleeper;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.time.Clock;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** These tests wait for real timeouts of a few hundred milliseconds; they assert what is thrown, never how fast. */
class TimeoutTest extends ServerTest {

  @Test
  void aReadTimeoutIsATimeoutException() {
    try (KonqerClient client = builder().readTimeout(Duration.ofMillis(200)).maxRetries(0).build()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

      assertThatThrownBy(() -> client.user().me())
          .isInstanceOf(KonqerTimeoutException.class)
          .hasMessageContaining("GET /user/me");
    }
  }

  @Test
  void aReadTimeoutIsRetried() {
    try (KonqerClient client = builder().readTimeout(Duration.ofMillis(200)).build()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      server.enqueue(Json.ok(Json.PROFILE));

      assertThat(client.user().meWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
    }
  }

  @Test
  void theCallTimeoutEndsTheCallAndIsNotRetried() {
    try (KonqerClient client = builder().clock(Clock.systemUTC()).callTimeout(Duration.ofMillis(300)).build()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      server.enqueue(Json.ok(Json.PROFILE));

      assertThatThrownBy(() -> client.user().me())
          .isInstanceOf(KonqerTimeoutException.class)
          .hasMessageContaining("deadline");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aPerCallTimeoutOverridesTheClients() {
    try (KonqerClient client = builder().clock(Clock.systemUTC()).callTimeout(Duration.ZERO).build()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

      assertThatThrownBy(() -> client.user().meAsync(
          RequestOptions.builder().timeout(Duration.ofMillis(300)).build()).join())
          .hasCauseInstanceOf(KonqerTimeoutException.class);
    }
  }

  @Test
  void noAttemptStartsOnceTheDeadlineHasPassed() {
    Sleeper oversleeping = duration -> time.advance(duration.multipliedBy(4));
    try (KonqerClient client = builder().sleeper(oversleeping).callTimeout(Duration.ofSeconds(1)).build()) {
      server.enqueue(Json.status(503));
      server.enqueue(Json.ok(Json.PROFILE));

      assertThatThrownBy(() -> client.user().me())
          .isInstanceOf(KonqerTimeoutException.class)
          .hasMessageContaining("passed its deadline of PT1S");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
