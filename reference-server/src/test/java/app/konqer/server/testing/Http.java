package app.konqer.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A small HTTP client for calling a test server. */
public final class Http {
  private final OkHttpClient client;
  private final URI base;

  /**
   * Creates the client.
   *
   * @param base the server's base URL
   */
  public Http(URI base) {
    this.base = base;
    this.client = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        // shorter than the server's idle timeout (Jetty's 30 s), so a test never gets a connection the server closed
        .connectionPool(new ConnectionPool(5, 10, TimeUnit.SECONDS))
        .callTimeout(Duration.ofSeconds(30))
        .build();
  }

  /**
   * A request to a path of the server.
   *
   * @param path the path, with any query
   * @return the request builder
   */
  public Request.Builder request(String path) {
    return new Request.Builder().url(base.resolve(path).toString());
  }

  /**
   * {@code GET} without a token.
   *
   * @param path the path
   * @return the reply
   */
  public Reply get(String path) {
    return send(request(path).get());
  }

  /**
   * {@code GET} with a bearer token.
   *
   * @param path the path
   * @param token the token
   * @return the reply
   */
  public Reply get(String path, String token) {
    return send(request(path).header("Authorization", "Bearer " + token).get());
  }

  /**
   * {@code POST} of a body.
   *
   * @param path the path
   * @param contentType the content type, or {@code null} for none
   * @param body the body
   * @return the reply
   */
  public Reply post(String path, String contentType, String body) {
    MediaType type = contentType == null ? null : MediaType.get(contentType);
    return send(request(path).post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), type)));
  }

  /**
   * Sends a request.
   *
   * @param request the request
   * @return the reply
   */
  public Reply send(Request.Builder request) {
    try (Response response = client.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.headers(), response.body() == null ? "" : response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the underlying client, for asynchronous calls */
  public OkHttpClient client() {
    return client;
  }
}
