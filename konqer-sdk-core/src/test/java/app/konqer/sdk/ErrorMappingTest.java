package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.ApiException;
import app.konqer.sdk.error.AuthenticationException;
import app.konqer.sdk.error.BadRequestException;
import app.konqer.sdk.error.ConflictException;
import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.error.NotFoundException;
import app.konqer.sdk.error.PaymentRequiredException;
import app.konqer.sdk.error.PermissionDeniedException;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.ServerException;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.error.UnprocessableEntityException;
import app.konqer.sdk.model.Quota;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest extends ServerTest {

  private KonqerClient noRetries() {
    return builder().maxRetries(0).bearerToken("fixed").build();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(402, PaymentRequiredException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(418, ApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsOwnException(int status, Class<? extends ApiException> type) {
    try (KonqerClient client = noRetries()) {
      server.enqueue(Json.status(status));

      assertThatThrownBy(() -> client.user().me()).isExactlyInstanceOf(type)
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo("code_" + status);
          });
    }
  }

  @Test
  void aProblemDocumentIsReadIntoTheException() {
    server.enqueue(new MockResponse().setResponseCode(422)
        .setHeader("Content-Type", "application/problem+json")
        .setHeader("X-Request-Id", "req-header")
        .setBody("{\"type\":\"https://docs.konqer.app/problems/validation_failed\",\"title\":\"Invalid request\","
            + "\"status\":422,\"detail\":\"2 fields are invalid\",\"code\":\"validation_failed\","
            + "\"request_id\":\"req-body\",\"errors\":[{\"field\":\"prospect.name\",\"message\":\"must not be blank\"},"
            + "{\"field\":\"tone\",\"message\":\"unknown tone\"}],\"some_extension\":{\"x\":1}}"));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
          assertThat(e.code()).isEqualTo("validation_failed");
          assertThat(e.title()).isEqualTo("Invalid request");
          assertThat(e.detail()).isEqualTo("2 fields are invalid");
          assertThat(e.requestId()).isEqualTo("req-body");
          assertThat(e.fieldErrors()).containsExactly(
              new FieldError("prospect.name", "must not be blank"), new FieldError("tone", "unknown tone"));
          assertThat(e.headers().get("x-request-id")).containsExactly("req-header");
          assertThat(e.rawBody()).contains("\"some_extension\"");
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).isEqualTo("422 validation_failed: 2 fields are invalid (request id req-body)");
        });
  }

  @Test
  void theRequestIdHeaderFillsInWhenTheProblemHasNone() {
    server.enqueue(Json.status(404).setHeader("X-Request-Id", "req-7"));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.requestId()).isEqualTo("req-7"));
  }

  @Test
  void aLockedServiceCarriesItsUnlockTime() {
    server.enqueue(new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/problem+json")
        .setBody("{\"title\":\"Service locked\",\"status\":403,\"code\":\"service_locked\","
            + "\"unlocks_at\":\"2026-03-09T00:00:00Z\"}"));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOfSatisfying(ServiceLockedException.class,
            e -> assertThat(e.unlocksAt()).contains(Instant.parse("2026-03-09T00:00:00Z")));
  }

  @Test
  void anotherForbiddenIsNotALockedService() {
    server.enqueue(Json.problem(403, "admin_only", "Admins only"));

    assertThatThrownBy(() -> client().user().me())
        .isExactlyInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void anExceededDailyQuotaCarriesItsFiguresAndTheWait() {
    try (KonqerClient client = noRetries()) {
      server.enqueue(new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/problem+json")
          .setHeader("Retry-After", "3600")
          .setBody("{\"title\":\"Daily limit reached\",\"status\":429,\"code\":\"daily_limit_exceeded\","
              + "\"quota\":{\"used_today\":50,\"daily_limit\":50,\"resets_at\":\"2026-03-03T00:00:00Z\"}}"));

      assertThatThrownBy(() -> client.user().me())
          .isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.quota()).contains(new Quota(50, 50, Instant.parse("2026-03-03T00:00:00Z")));
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(3600));
            assertThat(e.isRetryable()).isFalse();
          });
    }
  }

  @Test
  void anHtmlBadGatewayFromAProxyBecomesATypedServerExceptionWithItsRawBody() {
    String html = "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>";
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
          .setHeader("X-Request-Id", "edge-1").setBody(html));
    }

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.rawBody()).isEqualTo(html);
          assertThat(e.code()).isNull();
          assertThat(e.title()).isNotBlank();
          assertThat(e.requestId()).isEqualTo("edge-1");
          assertThat(e.fieldErrors()).isEmpty();
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aJsonErrorThatIsNotAProblemKeepsItsBody() {
    try (KonqerClient client = noRetries()) {
      server.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
          .setBody("[\"not\", \"a\", \"problem\"]"));

      assertThatThrownBy(() -> client.user().me())
          .isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.rawBody()).isEqualTo("[\"not\", \"a\", \"problem\"]");
            assertThat(e.code()).isNull();
          });
    }
  }

  @Test
  void anEmptyErrorBodyStillGivesATypedException() {
    server.enqueue(new MockResponse().setResponseCode(404));

    assertThatThrownBy(() -> client().user().me())
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.rawBody()).isEmpty();
          assertThat(e.problem().status()).isEqualTo(404);
          assertThat(e.fieldErrors()).isEqualTo(List.of());
        });
  }
}
