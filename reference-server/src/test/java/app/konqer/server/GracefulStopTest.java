package app.konqer.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.UserProfile;
import app.konqer.server.auth.Principal;
import app.konqer.server.auth.TokenVerifier;
import app.konqer.server.testing.Http;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.component.LifeCycle;
import org.junit.jupiter.api.Test;

/** Stopping the server lets the requests in flight finish, refuses new ones, and only then closes the pool. */
class GracefulStopTest {
  private final CountDownLatch verifying = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final TestTokens tokens = new TestTokens();

  /** Holds the request carrying the token {@code slow} in token verification until the test releases it. */
  private final TokenVerifier slowOnDemand = token -> {
    if (token.equals("slow")) {
      verifying.countDown();
      awaitUninterruptibly(release);
      return new Principal("kc-slow", "slow@example.com", "Slow", List.of());
    }
    return tokens.verify(token);
  };

  @Test
  void aRequestInFlightCompletesWhileTheServerStops() throws Exception {
    TestServer server = TestServer.api().verifier(slowOnDemand);
    server.start();
    CountDownLatch stopping = new CountDownLatch(1);
    server.server().app().jettyServer().server().addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStopping(LifeCycle event) {
        stopping.countDown();
      }
    });

    String url = server.server().url().toString();
    CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(() -> server.http().get("/user/me", "slow"));
    assertThat(verifying.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> stop = CompletableFuture.runAsync(server::stop);
    assertThat(stopping.await(10, TimeUnit.SECONDS)).isTrue();
    awaitNewRequestsRefused(url);
    assertThat(stop).isNotDone();

    release.countDown();

    Reply reply = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json(UserProfile.class).email()).isEqualTo("slow@example.com");
    stop.get(10, TimeUnit.SECONDS);
    assertThat(((HikariDataSource) server.database().dataSource()).isClosed()).isTrue();
  }

  /** Once the stop has begun, a new request is refused: its connection fails, or it gets a 503. */
  private static void awaitNewRequestsRefused(String url) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        Reply reply = new Http(URI.create(url)).get("/openapi.yaml");
        if (reply.status() == 503) {
          return;
        }
      } catch (UncheckedIOException refused) {
        if (refused.getCause() instanceof IOException) {
          return;
        }
      }
    }
    throw new AssertionError("New requests were still served while stopping");
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
