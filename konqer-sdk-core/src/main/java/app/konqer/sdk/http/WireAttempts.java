package app.konqer.sdk.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Connections that have delivered a response, compared by reference; weak, so that the pool alone decides how long
   * they live. A pool holds a few connections, so every attempt scans them without a lock, and the array is only
   * replaced when a connection delivers its first response.
   */
  private volatile WeakReference<?>[] used = new WeakReference<?>[0];

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    boolean reused = connection != null && isUsed(connection);
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      throw reused ? new ReusedConnectionException(e) : e;
    }
    if (connection != null && !reused) {
      markUsed(connection);
    }
    return response.code() == 503 && isImmediate(response.header(RETRY_AFTER)) ? hold(response) : response;
  }

  private boolean isUsed(Connection connection) {
    for (WeakReference<?> reference : used) {
      if (reference.get() == connection) {
        return true;
      }
    }
    return false;
  }

  /** Adds a connection, dropping those the collector has taken. */
  private synchronized void markUsed(Connection connection) {
    WeakReference<?>[] known = used;
    List<WeakReference<?>> kept = new ArrayList<>(known.length + 1);
    for (WeakReference<?> reference : known) {
      Object held = reference.get();
      if (held == connection) {
        return;
      }
      if (held != null) {
        kept.add(reference);
      }
    }
    kept.add(new WeakReference<>(connection));
    used = kept.toArray(new WeakReference<?>[0]);
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
