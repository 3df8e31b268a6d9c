package app.konqer.sdk.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Puts the call's request id, its {@code X-Request-Id} header, into the slf4j MDC as {@code konqer.request_id} while
 * an asynchronous attempt runs on OkHttp's dispatcher thread, so that every log line written meanwhile (the
 * caller's OkHttp interceptors', event listeners') carries it. A blocking call needs no interceptor for this: its
 * attempts run on the calling thread, where the retry loop has already put the id. The transport sends the same id
 * on every attempt of a call, so that the server's log lines of one SDK call share it too.
 */
final class RequestIdInterceptor implements Interceptor {
  static final String HEADER = "X-Request-Id";

  @Override
  public Response intercept(Chain chain) throws IOException {
    String previous = RequestIdMdc.push(chain.request().header(HEADER));
    try {
      return chain.proceed(chain.request());
    } finally {
      RequestIdMdc.restore(previous);
    }
  }
}
