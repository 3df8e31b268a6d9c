package app.konqer.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.testing.TestServer;
import java.util.Arrays;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server holds hundreds of slow requests at once: virtual request threads where the JDK has them. */
class RequestThreadsTest {
  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void requestsRunOnVirtualThreadsOnJava21AndOnABoundedPlatformPoolBefore() {
    QueuedThreadPool pool = (QueuedThreadPool) jetty().getThreadPool();

    if (Runtime.version().feature() >= 21) {
      assertThat(RequestThreads.virtual()).isTrue();
      assertThat(pool.getVirtualThreadsExecutor()).isNotNull();
      assertThat(pool.getMaxThreads()).isEqualTo(RequestThreads.INTERNAL_THREADS);
    } else {
      assertThat(RequestThreads.virtual()).isFalse();
      assertThat(pool.getVirtualThreadsExecutor()).isNull();
      assertThat(pool.getMaxThreads()).isEqualTo(RequestThreads.PLATFORM_THREADS).isGreaterThan(500);
    }
  }

  @Test
  void aBurstOfNewConnectionsWaitsInADeepAcceptQueue() {
    assertThat(Arrays.stream(jetty().getConnectors()).map(ServerConnector.class::cast))
        .isNotEmpty()
        .allSatisfy(connector -> assertThat(connector.getAcceptQueueSize()).isEqualTo(RequestThreads.ACCEPT_QUEUE));
  }

  @Test
  void theServerAnswersOnThosePools() {
    assertThat(server.http().get("/health").status()).isEqualTo(200);
  }

  private static Server jetty() {
    return server.server().app().jettyServer().server();
  }
}
