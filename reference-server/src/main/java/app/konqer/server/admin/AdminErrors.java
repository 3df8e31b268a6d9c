package app.konqer.server.admin;

import app.konqer.sdk.model.ServiceId;
import app.konqer.server.http.ApiError;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The errors of the admin routes, each with its stable code. */
final class AdminErrors {
  private static final String SERVICE_IDS = Arrays.stream(ServiceId.values())
      .filter(service -> service != ServiceId.UNKNOWN)
      .map(ServiceId::id)
      .collect(Collectors.joining(", "));

  private AdminErrors() {}

  /**
   * 404 {@code unknown_service}.
   *
   * @param service the id the client sent
   * @return the error
   */
  static ApiError unknownService(String service) {
    String shown = service.length() > 64 ? service.substring(0, 64) + "..." : service;
    return new ApiError(404, "unknown_service", "Unknown service",
        "No service is called '" + shown + "'; the services are " + SERVICE_IDS);
  }

  /** @return 422 {@code empty_patch}: a patch that sets nothing, often a misspelt member */
  static ApiError emptyPatch() {
    return new ApiError(422, "empty_patch", "Empty patch",
        "The patch sets nothing; send at least one of enabled, rate_limit_daily and unlock_day (snake_case)");
  }
}
