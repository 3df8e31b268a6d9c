package app.konqer.server.auth;

import java.util.concurrent.atomic.AtomicLong;
import com.nimbusds.jose.jwk.source.JWKSetSourceWithHealthStatusReporting;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.health.HealthReport;
import com.nimbusds.jose.util.health.HealthReportListener;
import com.nimbusds.jose.util.health.HealthStatus;

/**
 * Remembers whether the last attempt to fetch the issuer's JWKS over the network succeeded. When a token's
 * {@code kid} matches no known key and the keys cannot be refetched right now (rate limited, or served from the
 * outage cache), this tells an unknown key (the last fetch worked: the token is refused) from an unreachable issuer
 * (the last fetch failed: the token may be good, so the client should retry later).
 */
final class KeySourceHealth
    implements HealthReportListener<JWKSetSourceWithHealthStatusReporting<SecurityContext>, SecurityContext> {
  private volatile boolean lastFetchFailed;
  private final AtomicLong fetches = new AtomicLong();

  @Override
  public void notify(HealthReport<JWKSetSourceWithHealthStatusReporting<SecurityContext>, SecurityContext> report) {
    lastFetchFailed = report.getHealthStatus() != HealthStatus.HEALTHY;
    if (!lastFetchFailed) {
      fetches.incrementAndGet();
    }
  }

  /**
   * Counts the successful JWKS fetches: when it changes, the issuer's key set may have changed, and a verification
   * made with the keys before proves nothing about the keys now.
   *
   * @return the number of successful fetches so far
   */
  long keySetVersion() {
    return fetches.get();
  }

  /** @return whether the most recent JWKS fetch failed */
  boolean lastFetchFailed() {
    return lastFetchFailed;
  }
}
