package app.konqer.sdk.testing;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.validation.RequestValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A MockWebServer on 127.0.0.1 (a single route, so OkHttp has no second address to fail over to), fake time, fake
 * tokens, and a client wired to all three with zero jitter.
 */
public abstract class ServerTest {
  protected final MockWebServer server = new MockWebServer();
  protected final FakeTime time = new FakeTime();
  protected final FakeTokens tokens = new FakeTokens();
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

  protected String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/";
  }

  protected KonqerClient.Builder builder() {
    return KonqerClient.builder()
        .baseUrl(baseUrl())
        .tokenProvider(tokens)
        .clock(time)
        .sleeper(time)
        .scheduler(time)
        .jitter(() -> 0)
        .requestValidator(RequestValidator.none());
  }

  /** The default test client, closed after the test. */
  protected KonqerClient client() {
    if (client == null) {
      client = builder().build();
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
}
