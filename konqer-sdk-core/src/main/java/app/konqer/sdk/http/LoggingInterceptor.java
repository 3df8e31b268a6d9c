package app.konqer.sdk.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each HTTP exchange to the slf4j logger {@value #LOGGER}: at DEBUG one line with method, path, status,
 * attempt, milliseconds and request id; at TRACE also the request and response headers, with secrets redacted.
 * Bodies are never logged. Costs one level check when DEBUG is off.
 */
final class LoggingInterceptor implements Interceptor {
  static final String LOGGER = "app.konqer.sdk.http";
  private static final Logger log = LoggerFactory.getLogger(LOGGER);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!log.isDebugEnabled()) {
      return chain.proceed(request);
    }
    int attempt = Attempt.of(request);
    String sentId = request.header(RequestIdInterceptor.HEADER);
    String path = request.url().encodedPath();
    if (log.isTraceEnabled()) {
      log.trace("{} {} request headers {}", request.method(), path, Redaction.format(request.headers()));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log.debug("{} {} -> {} attempt={} ms={} request_id={}", request.method(), path, e.getClass().getSimpleName(),
          attempt, millisSince(start), sentId);
      throw e;
    }
    String requestId = response.header(RequestIdInterceptor.HEADER, sentId);
    log.debug("{} {} -> {} attempt={} ms={} request_id={}", request.method(), path, response.code(), attempt,
        millisSince(start), requestId);
    if (log.isTraceEnabled()) {
      log.trace("{} {} response headers {}", request.method(), path, Redaction.format(response.headers()));
    }
    return response;
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
