package app.konqer.server.generation;

import app.konqer.server.access.AccessGrant;

/**
 * A service's settings and the caller's access to it, read in one query before a generation.
 *
 * @param enabled whether the service accepts generations ({@code service_configs.enabled})
 * @param dailyLimit its daily limit per user ({@code service_configs.rate_limit_daily})
 * @param grant the caller's access, or {@code null} when they have none
 */
public record ServiceStatus(boolean enabled, int dailyLimit, AccessGrant grant) {
  /** The status of a service that is not configured: disabled. */
  static final ServiceStatus UNCONFIGURED = new ServiceStatus(false, 0, null);
}
