package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.error.NotFoundException;
import app.konqer.sdk.error.RequestValidationException;
import app.konqer.sdk.http.Scheduler;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import app.konqer.sdk.validation.RequestValidator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class AsyncTest extends ServerTest {

  /** Answers only once the test releases it. */
  private static final class GatedDispatcher extends Dispatcher {
    final CountDownLatch received = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final MockResponse response;

    GatedDispatcher(MockResponse response) {
      this.response = response;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      received.countDown();
      release.await(10, TimeUnit.SECONDS);
      return response;
    }
  }

  @Test
  void anAsyncCallCompletesWithTheDecodedValue() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));

    assertThat(client().user().meAsync().get(5, TimeUnit.SECONDS).email()).isEqualTo("ada@example.com");
  }

  @Test
  void asyncRetriesAreScheduledNotSlept() throws Exception {
    server.enqueue(Json.status(503));
    server.enqueue(Json.status(429).setHeader("Retry-After", "3"));
    server.enqueue(Json.ok(Json.PROFILE));

    ApiResponse<?> response = client().user().meWithResponseAsync(RequestOptions.none()).get(5, TimeUnit.SECONDS);

    assertThat(response.attempts()).isEqualTo(3);
    assertThat(time.scheduled()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(3));
    assertThat(time.slept()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void anAsyncPostKeepsItsIdempotencyKeyAcrossRetries() throws Exception {
    server.enqueue(Json.status(502));
    server.enqueue(Json.ok("{\"access_token\":\"at\"}"));

    client().auth().devTokenAsync(new DevTokenRequest("ada@example.com", "Ada", List.of())).get(5, TimeUnit.SECONDS);

    assertThat(take().getHeader("Idempotency-Key")).isEqualTo(take().getHeader("Idempotency-Key")).isNotNull();
  }

  @Test
  void anAsyncFailureCompletesTheFutureExceptionally() {
    server.enqueue(Json.status(404));

    CompletableFuture<?> future = client().user().meAsync();

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void anInvalidBodyFailsTheFutureInsteadOfThrowing() {
    try (KonqerClient client = builder().requestValidator(RequestValidator.detect()).build()) {
      CompletableFuture<?> future = client.auth().devTokenAsync(new DevTokenRequest("", null, null));

      assertThat(future).isCompletedExceptionally();
      assertThatThrownBy(future::join).hasCauseInstanceOf(RequestValidationException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void theRequestIdIsInTheMdcWhileCallbacksRun() throws Exception {
    GatedDispatcher gate = new GatedDispatcher(Json.ok(Json.PROFILE).setHeader("X-Request-Id", "req-async-1"));
    server.setDispatcher(gate);
    AtomicReference<String> seenInCallback = new AtomicReference<>();

    CompletableFuture<?> future = client().user().meAsync()
        .thenAccept(profile -> seenInCallback.set(MDC.get("konqer.request_id")));
    assertThat(gate.received.await(5, TimeUnit.SECONDS)).isTrue();
    gate.release.countDown();
    future.get(5, TimeUnit.SECONDS);

    assertThat(seenInCallback.get()).isEqualTo("req-async-1");
    assertThat(MDC.get("konqer.request_id")).isNull();
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCall() throws Exception {
    GatedDispatcher gate = new GatedDispatcher(Json.ok(Json.PROFILE));
    server.setDispatcher(gate);
    CountDownLatch canceled = new CountDownLatch(1);
    OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void canceled(Call call) {
        canceled.countDown();
      }
    }).build();

    try (KonqerClient client = builder().okHttpClient(http).build()) {
      CompletableFuture<?> future = client.user().meAsync();
      assertThat(gate.received.await(5, TimeUnit.SECONDS)).isTrue();

      assertThat(future.cancel(true)).isTrue();

      assertThat(canceled.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(future).isCancelled();
    } finally {
      gate.release.countDown();
      http.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void cancellingDuringTheBackoffCancelsTheScheduledRetry() throws Exception {
    AtomicReference<Runnable> pending = new AtomicReference<>();
    CompletableFuture<Void> handle = new CompletableFuture<>();
    Scheduler manual = (delay, task) -> {
      pending.set(task);
      return handle;
    };
    server.enqueue(Json.status(503));
    server.enqueue(Json.ok(Json.PROFILE));

    try (KonqerClient client = builder().scheduler(manual).build()) {
      CompletableFuture<?> future = client.user().meAsync();
      take();
      while (pending.get() == null) {
        Thread.onSpinWait();
      }

      future.cancel(true);
      pending.get().run();

      assertThat(handle).isCancelled();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void asyncCallsDoNotHoldAThreadWhileTheServerThinks() throws Exception {
    GatedDispatcher gate = new GatedDispatcher(Json.ok(Json.PROFILE));
    server.setDispatcher(gate);

    CompletableFuture<?> future = client().user().meAsync();

    assertThat(future).isNotDone();
    gate.release.countDown();
    assertThat(future.get(5, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void aConnectionFailureIsRetriedAsynchronouslyToo() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(Json.ok(Json.PROFILE));

    assertThat(client().user().meWithResponseAsync(RequestOptions.none()).get(5, TimeUnit.SECONDS).attempts())
        .isEqualTo(2);
    assertThat(time.scheduled()).containsExactly(Duration.ofMillis(500));
  }
}
