package app.konqer.server.operations;

import app.konqer.server.http.RouteTemplates;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The server's metrics in Prometheus format: {@code http_server_requests_seconds} by method, route template and
 * status, the connection pool ({@code hikaricp_*}) and the JVM.
 */
public final class Metrics {
  private static final Duration[] LATENCY_BUCKETS = {
      Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

  /** Methods counted by name; any other (clients may send arbitrary ones) is counted as OTHER. */
  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private final PrometheusMeterRegistry registry;
  private final Map<RequestKind, Timer> timers = new ConcurrentHashMap<>();

  /** The tags of one request timer. */
  private record RequestKind(String method, String route, int status) {}

  /**
   * Creates the metrics on a new registry with the JVM's meters bound.
   */
  public Metrics() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** @return the registry, for components that publish their own meters */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /**
   * Counts a finished request and its latency. Runs after the response is complete.
   *
   * @param ctx the request
   * @param millis how long it took
   */
  public void record(Context ctx, Float millis) {
    String method = STANDARD_METHODS.contains(ctx.method().name()) ? ctx.method().name() : "OTHER";
    timers.computeIfAbsent(new RequestKind(method, RouteTemplates.of(ctx), ctx.statusCode()), this::timer)
        .record((long) ((millis == null ? 0f : millis) * 1_000_000L), TimeUnit.NANOSECONDS);
  }

  private Timer timer(RequestKind kind) {
    return Timer.builder("http.server.requests")
        .description("HTTP requests by route template and status")
        .tag("method", kind.method())
        .tag("route", kind.route())
        .tag("status", Integer.toString(kind.status()))
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry);
  }

  /**
   * {@code GET /metrics}: the Prometheus text exposition.
   *
   * @param ctx the request
   */
  public void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
