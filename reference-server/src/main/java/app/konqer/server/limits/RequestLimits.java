package app.konqer.server.limits;

import app.konqer.server.http.HttpErrors;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * The per-IP and per-user request rate limits, on top of the daily quota. Both are token buckets in this process
 * ({@link TokenBuckets}): with N replicas a client may send up to N times the rate. A request over a limit gets a
 * 429 {@code rate_limited} with {@code Retry-After}, before any database work: the per-IP limit runs first thing,
 * the per-user limit right after the token is verified and before the user is looked up.
 */
public final class RequestLimits {
  /** The most clients each limit tracks at once; see {@link TokenBuckets}. */
  public static final int MAX_TRACKED_CLIENTS = 50_000;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final TokenBuckets perUser;
  private final TokenBuckets perIp;
  private final TrustedProxies proxies;

  /**
   * Creates the limits.
   *
   * @param settings the rates and the trusted proxies
   * @param clock the current time
   */
  public RequestLimits(LimitSettings settings, Clock clock) {
    this.perUser = settings.perUser().enabled()
        ? new TokenBuckets(settings.perUser(), MAX_TRACKED_CLIENTS, clock) : null;
    this.perIp = settings.perIp().enabled() ? new TokenBuckets(settings.perIp(), MAX_TRACKED_CLIENTS, clock) : null;
    this.proxies = settings.proxies();
  }

  /**
   * Counts a request against its client address. Runs before every request.
   *
   * @param ctx the request
   * @throws app.konqer.server.http.ApiError 429 {@code rate_limited} over the limit
   */
  public void perIp(Context ctx) {
    if (perIp == null) {
      return;
    }
    String peer = ctx.req().getRemoteAddr();
    String client = proxies.isEmpty() ? peer : ClientAddress.of(peer, ctx.header("X-Forwarded-For"), proxies);
    refuseWhenOver(perIp.take(client));
  }

  /**
   * Counts a request against its user.
   *
   * @param subject the verified token's subject
   * @throws app.konqer.server.http.ApiError 429 {@code rate_limited} over the limit
   */
  public void perUser(String subject) {
    if (perUser != null) {
      refuseWhenOver(perUser.take(subject));
    }
  }

  private static void refuseWhenOver(long waitNanos) {
    if (waitNanos > 0) {
      throw HttpErrors.rateLimited((waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }
  }
}
