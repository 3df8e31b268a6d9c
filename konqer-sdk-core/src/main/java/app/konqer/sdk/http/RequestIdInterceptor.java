package app.konqer.sdk.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends the call's request id as {@code X-Request-Id}, the same on every attempt, so that the server's log lines of
 * one SDK call share one id. While the exchange runs, the id is in the slf4j MDC as {@code konqer.request_id}.
 */
final class RequestIdInterceptor implements Interceptor {
  static final String HEADER = "X-Request-Id";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallTag tag = request.tag(CallTag.class);
    if (tag == null) {
      return chain.proceed(request);
    }
    if (request.header(HEADER) == null) {
      request = request.newBuilder().header(HEADER, tag.requestId).build();
    }
    String previous = RequestIdMdc.push(tag.requestId);
    try {
      return chain.proceed(request);
    } finally {
      RequestIdMdc.restore(previous);
    }
  }
}
