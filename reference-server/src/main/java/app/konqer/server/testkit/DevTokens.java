package app.konqer.server.testkit;

import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.auth.TokenProvider;
import app.konqer.sdk.auth.TokenSet;
import app.konqer.server.auth.DevTokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A {@link TokenProvider} for one test user: RS256 tokens from the test server's dev issuer, minted on demand and
 * renewed a minute before they expire on the server's clock, so that moving the clock forward never leaves a client
 * with a dead token.
 */
final class DevTokens implements TokenProvider {
  private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

  private final DevTokenIssuer issuer;
  private final DevTokenRequest request;
  private final Clock clock;
  private Current current;

  DevTokens(DevTokenIssuer issuer, String email, String name, List<String> roles, Clock clock) {
    this.issuer = issuer;
    this.request = new DevTokenRequest(email, name, roles);
    this.clock = clock;
  }

  /** @return a newly minted token, valid for an hour of the server's clock */
  String mint() {
    return issue().token();
  }

  @Override
  public synchronized String token() {
    Instant now = clock.instant();
    if (current == null || !now.isBefore(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
      current = issue();
    }
    return current.token();
  }

  @Override
  public synchronized void invalidate(String token) {
    if (current != null && current.token().equals(token)) {
      current = null;
    }
  }

  private Current issue() {
    Instant now = clock.instant();
    TokenSet tokens = issuer.issue(request);
    return new Current(tokens.accessToken(), now.plusSeconds(tokens.expiresIn()));
  }

  @Override
  public String toString() {
    return "DevTokens[" + request.email() + "]";
  }

  private record Current(String token, Instant expiresAt) {}
}
