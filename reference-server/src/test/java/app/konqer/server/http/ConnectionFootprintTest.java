package app.konqer.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.util.Arrays;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An open keep-alive connection costs no per-connection header cache (about 100 KiB each by Jetty's default). */
class ConnectionFootprintTest {
  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void everyConnectorParsesHeadersWithoutAPerConnectionCache() {
    assertThat(Arrays.stream(jetty().getConnectors())
        .map(connector -> connector.getConnectionFactory(HttpConnectionFactory.class)))
        .isNotEmpty()
        .allSatisfy(http -> assertThat(http.getHttpConfiguration().getHeaderCacheSize()).isZero());
  }

  @Test
  void eachRequestOnOneKeepAliveConnectionIsReadWithItsOwnHeaders() {
    String json = "{\"email\":\"footprint@example.com\",\"name\":\"Footprint\"}";

    Reply first = server.http().post("/auth/dev-token", "application/json", json);
    Reply text = server.http().post("/auth/dev-token", "text/plain", json);
    Reply again = server.http().post("/auth/dev-token", "application/json", json);

    assertThat(first.status()).isEqualTo(200);
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.header("content-type")).startsWith("application/problem+json");
    assertThat(again.status()).isEqualTo(200);
    assertThat(server.http().client().connectionPool().connectionCount()).isEqualTo(1);
  }

  private static Server jetty() {
    return server.server().app().jettyServer().server();
  }
}
