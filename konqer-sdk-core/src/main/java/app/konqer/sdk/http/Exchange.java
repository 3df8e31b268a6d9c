package app.konqer.sdk.http;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.error.ApiException;
import app.konqer.sdk.error.KonqerConnectionException;
import app.konqer.sdk.error.KonqerDecodeException;
import app.konqer.sdk.error.KonqerException;
import app.konqer.sdk.error.KonqerTimeoutException;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call and its attempts: creates each attempt's OkHttp call within the deadline, and decides what a
 * response or an I/O failure leads to. Retry rules:
 *
 * <ul>
 *   <li>connection failures, timeouts and the statuses of {@link ApiException#isRetryable()} are retried;
 *   <li>every request on the wire is an attempt of this loop: OkHttp replays nothing by itself (see
 *       {@link WireAttempts}), so a call sends at most {@code 1 + maxRetries} requests;
 *   <li>after a failure on a pooled connection that had carried an earlier exchange (one the server closed while it
 *       was idle), the retry follows at once; otherwise after the server's {@code Retry-After} or the backoff;
 *   <li>only when the request may be replayed: GET, PUT and DELETE always, POST and PATCH only with an
 *       idempotency key (the same on every attempt);
 *   <li>at most {@code maxRetries} times, counted for this call alone;
 *   <li>except for a 409 {@code idempotency_in_progress}: the first attempt with the call's key is still running on
 *       the server (its response was lost), so the answer is on its way rather than failed. Such answers are waited
 *       out as the server's {@code Retry-After} asks, without counting against {@code maxRetries}, for as long in
 *       all as the read timeout, the time the caller was prepared to wait for the first attempt's answer;
 *   <li>never when the wait would end past the call's deadline: the last error is thrown at once instead.
 * </ul>
 *
 * <p>Each attempt is logged by {@link ExchangeLog}, and a blocking call keeps its request id in the MDC from the
 * first attempt to the outcome, backoffs included.
 *
 * <p>Used by one thread at a time: attempts run one after another.
 *
 * @param <T> the call's result type
 */
final class Exchange<T> {
  static final long NO_DEADLINE = Long.MAX_VALUE;
  private static final Logger log = LoggerFactory.getLogger(ExchangeLog.LOGGER);

  private final HttpTransport transport;
  private final OkHttpClient http;
  private final ApiRequest<T> api;
  private final Request request;
  private final String requestId;
  private final boolean replayable;
  private final int maxRetries;
  private final Duration timeout;
  private final long startMillis;
  private final long deadlineMillis;
  private int attempts;
  /** Answers that the first attempt is still running: retried without counting against {@code maxRetries}. */
  private int stillRunning;
  private long waitedForFirstAttemptMillis;
  /** When the current attempt started, for its log line; set only while DEBUG is on. */
  private long attemptStartNanos;

  Exchange(HttpTransport transport, OkHttpClient http, ApiRequest<T> api, Request request, String requestId,
      boolean replayable, int maxRetries, Duration timeout, long startMillis) {
    this.transport = transport;
    this.http = http;
    this.api = api;
    this.request = request;
    this.requestId = requestId;
    this.replayable = replayable;
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.startMillis = startMillis;
    this.deadlineMillis = timeout.isZero() ? NO_DEADLINE : startMillis + timeout.toMillis();
  }

  String requestId() {
    return requestId;
  }

  /**
   * Creates the next attempt's call, limited to the time left before the deadline.
   *
   * @return a call to execute or enqueue
   * @throws KonqerTimeoutException when no time is left
   */
  Call newCall() {
    attempts++;
    Call call = http.newCall(request);
    if (deadlineMillis != NO_DEADLINE) {
      long remaining = deadlineMillis - transport.clock.millis();
      if (remaining <= 0) {
        throw new KonqerTimeoutException(describe() + " passed its deadline of " + timeout, null);
      }
      long ownLimit = http.callTimeoutMillis();
      call.timeout().timeout(ownLimit > 0 ? Math.min(ownLimit, remaining) : remaining, TimeUnit.MILLISECONDS);
    }
    if (ExchangeLog.enabled()) {
      attemptStartNanos = System.nanoTime();
      ExchangeLog.sending(request, api.path());
    }
    return call;
  }

  /** Blocks until the call has a final outcome, sleeping between attempts, with the request id in the MDC. */
  ApiResponse<T> await() {
    String previous = RequestIdMdc.push(requestId);
    try {
      return attempts();
    } finally {
      RequestIdMdc.restore(previous);
    }
  }

  private ApiResponse<T> attempts() {
    while (true) {
      Call call = newCall();
      Outcome<T> outcome;
      try {
        outcome = onResponse(call, call.execute());
      } catch (IOException e) {
        outcome = onFailure(call, e);
      }
      if (outcome instanceof Outcome.Success<T> success) {
        return success.response();
      }
      if (outcome instanceof Outcome.Failure<T> failure) {
        throw failure.error();
      }
      sleep(((Outcome.Retry<T>) outcome).delay());
    }
  }

  private void sleep(Duration delay) {
    try {
      transport.sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KonqerException("Interrupted while waiting to retry " + describe(), e);
    }
  }

  Outcome<T> onResponse(Call call, Response received) {
    try (Response response = WireAttempts.restore(received)) {
      String requestId = response.header(RequestIdInterceptor.HEADER, this.requestId);
      if (ExchangeLog.enabled()) {
        ExchangeLog.received(request, api.path(), response, attempts, attemptStartNanos, requestId);
      }
      int status = response.code();
      if (status >= 200 && status < 300) {
        return decode(call, response, requestId);
      }
      Duration retryAfter = transport.retryPolicy.retryAfter(response);
      ApiException error = transport.errors.read(response, requestId, retryAfter);
      if (error.status() == 409 && ApiException.IDEMPOTENCY_IN_PROGRESS.equals(error.code())) {
        return waitForFirstAttempt(error, retryAfter);
      }
      return retryOr(error, retryAfter, error.isRetryable());
    }
  }

  private Outcome<T> decode(Call call, Response response, String requestId) {
    Type type = api.responseType();
    Object decoded;
    try {
      decoded = transport.codec.decode(type, response.body());
    } catch (JsonDataException | JsonEncodingException | EOFException e) {
      return fail(new KonqerDecodeException(
          "Cannot decode the response to " + describe() + " as " + type.getTypeName() + ": " + e.getMessage(), e));
    } catch (IOException e) {
      return onFailure(call, e);
    }
    if (decoded == null && type != Void.class && type != void.class) {
      return fail(new KonqerDecodeException(
          "The response to " + describe() + " has no " + type.getTypeName() + " in its body", null));
    }
    ApiResponse<T> result = new ApiResponse<>(api.result(decoded), response.code(),
        new HeaderMap(response.headers()), requestId, attempts, elapsed());
    return new Outcome.Success<>(result);
  }

  Outcome<T> onFailure(Call call, IOException e) {
    if (e instanceof ExchangeAbortedException aborted) {
      return fail(aborted.reason());
    }
    if (ExchangeLog.enabled()) {
      ExchangeLog.failed(request, api.path(), e, attempts, attemptStartNanos, requestId);
    }
    if (call.isCanceled()) {
      return fail(new KonqerTimeoutException(describe() + " passed its deadline of " + timeout, e));
    }
    if (e instanceof ReusedConnectionException reused) {
      IOException cause = (IOException) reused.getCause();
      return retryOr(new KonqerConnectionException(describe() + " failed: " + cause, cause), Duration.ZERO, true);
    }
    KonqerException error = e instanceof InterruptedIOException
        ? new KonqerTimeoutException(describe() + " timed out: " + e.getMessage(), e)
        : new KonqerConnectionException(describe() + " failed: " + e, e);
    return retryOr(error, null, true);
  }

  /**
   * The server still runs the first attempt with this call's key: wait as it asks, within the read timeout in all,
   * without spending a retry.
   */
  private Outcome<T> waitForFirstAttempt(ApiException error, Duration retryAfter) {
    Duration delay = transport.retryPolicy.delay(retryAfter, 1);
    long budget = http.readTimeoutMillis();
    if (!replayable || (budget > 0 && waitedForFirstAttemptMillis + delay.toMillis() > budget)) {
      return retryOr(error, retryAfter, true);
    }
    if (deadlineMillis != NO_DEADLINE && transport.clock.millis() + delay.toMillis() >= deadlineMillis) {
      return fail(error);
    }
    stillRunning++;
    waitedForFirstAttemptMillis += delay.toMillis();
    log.debug("{} {} still running on the server; asking again in {} ms", request.method(), api.path(),
        delay.toMillis());
    return new Outcome.Retry<>(delay);
  }

  private Outcome<T> retryOr(KonqerException error, Duration retryAfter, boolean retryable) {
    if (!retryable || !replayable || attempts - stillRunning > maxRetries) {
      return fail(error);
    }
    Duration delay = transport.retryPolicy.delay(retryAfter, attempts);
    if (deadlineMillis != NO_DEADLINE && transport.clock.millis() + delay.toMillis() >= deadlineMillis) {
      return fail(error);
    }
    log.debug("{} {} retry {} of {} in {} ms after: {}", request.method(), api.path(), attempts - stillRunning,
        maxRetries,
        delay.toMillis(), error.getMessage());
    return new Outcome.Retry<>(delay);
  }

  private Outcome<T> fail(KonqerException error) {
    return new Outcome.Failure<>(error, requestId);
  }

  private Duration elapsed() {
    return Duration.ofMillis(transport.clock.millis() - startMillis);
  }

  private String describe() {
    return request.method() + " " + api.path() + " (request id " + requestId + ", attempt " + attempts + ")";
  }
}
