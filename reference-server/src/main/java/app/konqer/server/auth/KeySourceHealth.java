package app.konqer.server.auth;

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

  @Override
  public void notify(HealthReport<JWKSetSourceWithHealthStatusReporting<SecurityContext>, SecurityContext> report) {
    lastFetchFailed = report.getHealthStatus() != HealthStatus.HEALTHY;
  }

  /** @return whether the most recent JWKS fetch failed */
  boolean lastFetchFailed() {
    return lastFetchFailed;
  }
}
