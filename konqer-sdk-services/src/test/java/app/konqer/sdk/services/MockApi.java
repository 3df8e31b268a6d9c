package app.konqer.sdk.services;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.validation.RequestValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A MockWebServer on 127.0.0.1 standing in for the Konqer API, and {@link KonqerServices} on a client with a static
 * token whose retry waits are recorded instead of slept.
 */
abstract class MockApi {
  static final String TOKEN = "token-of-ada";

  final MockWebServer server = new MockWebServer();
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  KonqerClient client;
  KonqerServices services;

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = KonqerClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getPort() + "/")
        .bearerToken(TOKEN)
        .sleeper(waits::add)
        .scheduler((delay, task) -> {
          waits.add(delay);
          task.run();
          return CompletableFuture.completedFuture(null);
        })
        .jitter(() -> 0)
        .requestValidator(RequestValidator.none())
        .build();
    services = KonqerServices.of(client);
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  static MockResponse problem(int status, String code, String extraMembers) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/problem+json")
        .setBody("{\"type\":\"about:blank\",\"title\":\"" + code + "\",\"status\":" + status + ",\"code\":\""
            + code + "\",\"request_id\":\"req-1\",\"errors\":[]" + extraMembers + "}");
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("The server received no request");
    }
    return request;
  }
}
