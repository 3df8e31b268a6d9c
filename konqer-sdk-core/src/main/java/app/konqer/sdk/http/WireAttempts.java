package app.konqer.sdk.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The network interceptor that keeps every attempt on the wire an attempt of the SDK's own retry loop, so that a
 * call makes at most {@code 1 + maxRetries} requests.
 *
 * <p>The transport turns off OkHttp's {@code retryOnConnectionFailure}, which stops OkHttp from silently sending a
 * request again on a failed pooled connection or after a 408. One silent replay is left that no setting turns off:
 * OkHttp repeats a request at once when a server answers {@code 503} with {@code Retry-After: 0}. This interceptor
 * holds such a {@code Retry-After} back under {@value #HELD_RETRY_AFTER} on its way up, where OkHttp does not look,
 * and {@link #restore(Response)} puts it back before the SDK reads the response; the SDK then retries at once,
 * counted like any other retry.
 *
 * <p>It also tells a failure on a pooled connection that already carried an exchange (typically one the server
 * closed while it sat idle) from other failures: that one is thrown as a {@link ReusedConnectionException}, which
 * the retry loop retries at once instead of after a backoff, as OkHttp's own replay used to.
 */
final class WireAttempts implements Interceptor {
  /** Where a {@code Retry-After: 0} of a 503 travels past OkHttp's follow-up logic. */
  static final String HELD_RETRY_AFTER = "Konqer-Held-Retry-After";
  private static final String RETRY_AFTER = "Retry-After";

  /** Connections that have delivered a response; weak, so that the pool alone decides how long they live. */
  private final Set<Connection> used = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    boolean reused = connection != null && used.contains(connection);
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      throw reused ? new ReusedConnectionException(e) : e;
    }
    if (connection != null && !reused) {
      used.add(connection);
    }
    return response.code() == 503 && isImmediate(response.header(RETRY_AFTER)) ? hold(response) : response;
  }

  /**
   * The response as the server sent it.
   *
   * @param response a response that passed this interceptor
   * @return the response with its {@code Retry-After} back in place
   */
  static Response restore(Response response) {
    String held = response.header(HELD_RETRY_AFTER);
    if (held == null) {
      return response;
    }
    return response.newBuilder().removeHeader(HELD_RETRY_AFTER).header(RETRY_AFTER, held).build();
  }

  /** The values that OkHttp reads as "retry now": digits only, all zeros. */
  private static boolean isImmediate(String retryAfter) {
    return retryAfter != null && retryAfter.matches("0+");
  }

  private static Response hold(Response response) {
    String value = response.header(RETRY_AFTER);
    return response.newBuilder().removeHeader(RETRY_AFTER).header(HELD_RETRY_AFTER, value).build();
  }
}
