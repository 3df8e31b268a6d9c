package app.konqer.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.Problem;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.io.IOException;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code KONQER_MAX_BODY_BYTES} on every route that reads a body: one byte over the limit is a 413
 * {@code payload_too_large} problem, whether the body declares its length or streams in chunks without one.
 */
class BodyLimitTest {
  private static final int LIMIT = 64 * 1024;
  private static final MediaType JSON = MediaType.get("application/json");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  static Stream<Arguments> routes() {
    String user = TestTokens.user("body-limit");
    String admin = TestTokens.admin("body-limit-admin");
    Stream<Arguments> routes = Stream.of(
        Arguments.of("POST", "/auth/dev-token", null),
        Arguments.of("POST", "/auth/exchange-token", null),
        Arguments.of("POST", "/auth/refresh", null),
        Arguments.of("POST", "/services/cold-dm/generate", user),
        Arguments.of("POST", "/checkout/session", user),
        Arguments.of("POST", "/checkout/founding", user),
        Arguments.of("POST", "/webhooks/stripe", null),
        Arguments.of("PATCH", "/admin/services/cold-dm", admin));
    return routes.flatMap(route -> Stream.of(true, false).map(chunked ->
        Arguments.of(route.get()[0], route.get()[1], route.get()[2], chunked)));
  }

  @ParameterizedTest(name = "{0} {1}, chunked: {3}")
  @MethodSource("routes")
  void aBodyOneByteOverTheLimitIsPayloadTooLarge(String method, String path, String token, boolean chunked) {
    Request.Builder request = server.http().request(path).method(method, body(LIMIT + 1, chunked));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }

    Reply reply = server.http().send(request);

    assertThat(reply.status()).as(reply.body()).isEqualTo(413);
    assertThat(reply.mediaType()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(reply.problem().code()).isEqualTo("payload_too_large");
  }

  /** A JSON string of exactly {@code size} bytes, sent with its length or in chunks without one. */
  private static RequestBody body(int size, boolean chunked) {
    byte[] bytes = new byte[size];
    java.util.Arrays.fill(bytes, (byte) 'x');
    bytes[0] = '"';
    bytes[size - 1] = '"';
    if (!chunked) {
      return RequestBody.create(bytes, JSON);
    }
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return JSON;
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        for (int offset = 0; offset < bytes.length; offset += 1024) {
          sink.write(bytes, offset, Math.min(1024, bytes.length - offset));
          sink.flush();
        }
      }
    };
  }
}
