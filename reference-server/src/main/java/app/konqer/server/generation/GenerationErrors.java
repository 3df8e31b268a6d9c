package app.konqer.server.generation;

import app.konqer.server.generation.engine.InvalidOutputException;
import app.konqer.server.generation.openai.UpstreamErrorException;
import app.konqer.server.generation.openai.UpstreamTimeoutException;
import app.konqer.server.http.ApiError;
import app.konqer.server.limits.UpstreamBusyException;

/** The problems of {@code POST /services/{service}/generate} that only generation answers with. */
final class GenerationErrors {
  private GenerationErrors() {}

  static ApiError unknownService(String serviceId) {
    String shown = serviceId.length() > 64 ? serviceId.substring(0, 64) + "..." : serviceId;
    return new ApiError(404, "unknown_service", "Unknown service",
        "No service is called '" + shown + "'; GET /services lists them");
  }

  static ApiError disabled(String serviceId) {
    return new ApiError(503, "service_disabled", "Service disabled",
        serviceId + " is disabled at the moment; try again later");
  }

  static ApiError upstreamError(UpstreamErrorException cause) {
    return new ApiError(502, "upstream_error", "Upstream error",
        "The language model could not produce an answer; nothing was charged, retry later").withCause(cause);
  }

  static ApiError upstreamTimeout(UpstreamTimeoutException cause) {
    return new ApiError(504, "upstream_timeout", "Upstream timeout",
        "The language model did not answer in time; nothing was charged, retry later").withCause(cause);
  }

  static ApiError invalidOutput(InvalidOutputException cause) {
    return new ApiError(502, "upstream_invalid_output", "Invalid model output",
        "The language model's output broke the service's contract, also after a repair attempt; nothing was"
            + " charged, retry").withCause(cause);
  }

  static ApiError upstreamBusy(UpstreamBusyException cause) {
    long seconds = Math.max(1, (cause.settings().maxWait().toMillis() + 999) / 1000);
    return new ApiError(503, "upstream_busy", "Upstream busy",
        "Every language model slot of this server stayed busy; nothing was charged, retry after " + seconds
            + " seconds")
        .withHeader("Retry-After", Long.toString(seconds))
        .withCause(cause);
  }
}
