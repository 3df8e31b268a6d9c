package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.testing.Echo;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends ServerTest {

  @Test
  void oneClientServesManyThreadsAndEveryCallKeepsItsOwnIdsAndRetries() throws Exception {
    Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        // The first attempt of every call fails; its retry carries the same key and succeeds.
        return failedOnce.add(request.getHeader("Idempotency-Key"))
            ? Json.status(503) : Json.ok("{\"message\":\"ok\",\"count\":1}");
      }
    });
    KonqerClient client = client();
    ExecutorService threads = Executors.newFixedThreadPool(50);
    try {
      List<Callable<ApiResponse<Echo>>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(() -> client.executeWithResponse(ApiRequest.post("/echo", Echo.class)
            .body(new Echo("hi", 1)).build()));
      }
      Set<String> requestIds = new HashSet<>();
      for (Future<ApiResponse<Echo>> future : threads.invokeAll(calls)) {
        ApiResponse<Echo> response = future.get(10, TimeUnit.SECONDS);
        assertThat(response.attempts()).isEqualTo(2);
        requestIds.add(response.requestId());
      }
      assertThat(requestIds).hasSize(200);
      assertThat(failedOnce).hasSize(200);
      assertThat(server.getRequestCount()).isEqualTo(400);
    } finally {
      threads.shutdownNow();
    }
  }
}
