package app.konqer.sdk.billing.testing;

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
 * A MockWebServer on 127.0.0.1 and a client wired to it with a fixed token, zero jitter and waits that return at once
 * (recorded in {@link #waits}), so that retry tests never wait.
 */
public abstract class MockApi {
  protected static final String TOKEN = "token-1";

  protected final MockWebServer server = new MockWebServer();
  protected final List<Duration> waits = new CopyOnWriteArrayList<>();
  private KonqerClient client;

  @BeforeEach
  void startServer() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stopServer() throws IOException {
    if (client != null) {
      client.close();
    }
    server.shutdown();
  }

  /** A client builder for the server, without credentials. */
  protected KonqerClient.Builder anonymousBuilder() {
    return KonqerClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getPort() + "/")
        .sleeper(waits::add)
        .scheduler((delay, task) -> {
          waits.add(delay);
          task.run();
          return CompletableFuture.completedFuture(null);
        })
        .jitter(() -> 0)
        .requestValidator(RequestValidator.none());
  }

  /** The client with the bearer token {@link #TOKEN}, closed after the test. */
  protected KonqerClient client() {
    if (client == null) {
      client = anonymousBuilder().bearerToken(TOKEN).build();
    }
    return client;
  }

  protected RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("The server received no request");
    }
    return request;
  }

  protected void enqueue(int status, String json) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody(json));
  }

  protected void enqueueProblem(int status, String code) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/problem+json")
        .setBody("{\"type\":\"https://docs.konqer.app/problems/" + code + "\",\"title\":\"" + code + "\",\"status\":"
            + status + ",\"code\":\"" + code + "\",\"detail\":\"detail of " + code + "\"}"));
  }
}
