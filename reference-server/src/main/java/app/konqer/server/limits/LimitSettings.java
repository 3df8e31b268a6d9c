package app.konqer.server.limits;

import java.util.Objects;

/**
 * The request rate limits of one server process.
 *
 * @param perUser the limit per signed-in user (token subject)
 * @param perIp the limit per client address
 * @param proxies the proxies whose {@code X-Forwarded-For} names the client address
 */
public record LimitSettings(RateLimit perUser, RateLimit perIp, TrustedProxies proxies) {
  /** No limit at all. */
  public static final LimitSettings OFF = new LimitSettings(RateLimit.OFF, RateLimit.OFF, TrustedProxies.none());

  /** Requires every part. */
  public LimitSettings {
    Objects.requireNonNull(perUser, "perUser");
    Objects.requireNonNull(perIp, "perIp");
    Objects.requireNonNull(proxies, "proxies");
  }
}
