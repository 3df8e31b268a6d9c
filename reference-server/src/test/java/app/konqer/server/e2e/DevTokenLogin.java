package app.konqer.server.e2e;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.auth.TokenProvider;

/**
 * Signs in through {@code POST /auth/dev-token} with the SDK itself, and signs in again when the server refuses the
 * token (once it has expired on the server's clock).
 */
final class DevTokenLogin implements TokenProvider {
  private final KonqerClient anonymous;
  private final DevTokenRequest who;
  private String token;

  DevTokenLogin(KonqerClient anonymous, DevTokenRequest who) {
    this.anonymous = anonymous;
    this.who = who;
  }

  @Override
  public synchronized String token() {
    if (token == null) {
      token = anonymous.auth().devToken(who).accessToken();
    }
    return token;
  }

  @Override
  public synchronized void invalidate(String refused) {
    if (refused.equals(token)) {
      token = null;
    }
  }
}
