package app.konqer.server.testkit;

import app.konqer.server.http.AccessLog;
import app.konqer.server.http.RequestIds;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records every request the test server answers: its headers and body on arrival (a {@code before} handler), its
 * status once the handlers are done (an {@code after} handler, which runs before the response is written, so a
 * request is recorded by the time its caller has the answer).
 */
final class RequestRecorder {
  private static final String ARRIVAL = "konqer.testkit.arrival";
  private static final String REDACTED = "[redacted]";

  private final List<RecordedRequest> recorded = new CopyOnWriteArrayList<>();
  private final BlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();

  /**
   * The {@code before} handler: keeps the request's headers and body.
   *
   * @param ctx the request
   */
  void arrive(Context ctx) {
    ctx.attribute(ARRIVAL, new Arrival(headers(ctx.req()), body(ctx)));
  }

  /**
   * The {@code after} handler: records the request with its status.
   *
   * @param ctx the request
   */
  void complete(Context ctx) {
    Arrival arrival = ctx.attribute(ARRIVAL);
    if (arrival == null) {
      arrival = new Arrival(headers(ctx.req()), "");
    }
    RecordedRequest request = new RecordedRequest(ctx.method().name(), ctx.path(), ctx.queryString(),
        arrival.headers(), arrival.body(), ctx.statusCode(), RequestIds.of(ctx), AccessLog.identified(ctx));
    recorded.add(request);
    untaken.add(request);
  }

  /** @return every request recorded since the last reset, in the order they completed */
  List<RecordedRequest> all() {
    return Collections.unmodifiableList(new ArrayList<>(recorded));
  }

  /**
   * The oldest request not taken yet, waiting for one to complete if there is none.
   *
   * @param timeout how long to wait
   * @return the request
   * @throws AssertionError when no request completes in time
   */
  RecordedRequest take(Duration timeout) {
    try {
      RecordedRequest request = untaken.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (request == null) {
        throw new AssertionError("No request reached the Konqer test server within " + timeout);
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for a request", e);
    }
  }

  /** Forgets every recorded request. */
  void clear() {
    recorded.clear();
    untaken.clear();
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("cookie")) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String value : Collections.list(request.getHeaders(name))) {
        values.add(lower.equals("authorization") ? redact(value) : value);
      }
      headers.put(name, values);
    }
    return headers;
  }

  /** Keeps the scheme ({@code Bearer}) and drops the credentials. */
  private static String redact(String authorization) {
    int space = authorization.indexOf(' ');
    return space > 0 ? authorization.substring(0, space) + " " + REDACTED : REDACTED;
  }

  private static String body(Context ctx) {
    try {
      return new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    } catch (RuntimeException tooLargeOrUnreadable) {
      // The route's own handler meets the same failure and answers it as production does.
      return "";
    }
  }

  private record Arrival(Map<String, List<String>> headers, String body) {}
}
