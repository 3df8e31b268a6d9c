package app.konqer.server.access;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.http.ApiError;
import java.time.Instant;

/** Guards a service by the caller's {@link AccessGrant}: the one place that answers 403 {@code service_locked}. */
public final class ServiceLock {
  private ServiceLock() {}

  /**
   * Lets the caller through when their access to the service is open now.
   *
   * @param service the service
   * @param grant the caller's grant, or {@code null} when they have none
   * @param now the current time
   * @throws ApiError 403 {@code service_locked}, with {@code unlocks_at} when an unlock is scheduled
   */
  public static void requireOpen(ServiceId service, AccessGrant grant, Instant now) {
    if (grant != null && grant.isOpenAt(now)) {
      return;
    }
    Instant unlocksAt = grant == null ? null : grant.unlocksAfter(now);
    String detail = grant == null ? "Your plan does not include " + service.id()
        : unlocksAt != null ? service.id() + " unlocks at " + unlocksAt
        : "Your access to " + service.id() + " has ended";
    ApiError locked = new ApiError(403, "service_locked", "Service locked", detail);
    throw unlocksAt == null ? locked
        : locked.withExtensions(Problem.of(403, "service_locked", "", "", null).withUnlocksAt(unlocksAt));
  }
}
