package app.konqer.sdk.auth;

import java.util.function.Consumer;
import okhttp3.FormBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code refresh_token} grant (RFC 6749 section 6). When the endpoint rotates the refresh token, the new one is
 * used from then on and handed to the caller's listener so that it can be saved.
 */
final class RefreshTokenGrant implements Grant {
  private static final Logger log = LoggerFactory.getLogger(RefreshTokenGrant.class);

  private final Consumer<String> onRotated;
  private volatile String refreshToken;

  RefreshTokenGrant(String refreshToken, Consumer<String> onRotated) {
    this.refreshToken = refreshToken;
    this.onRotated = onRotated;
  }

  @Override
  public String type() {
    return "refresh_token";
  }

  @Override
  public void addParameters(FormBody.Builder form) {
    form.add("grant_type", "refresh_token").add("refresh_token", refreshToken);
  }

  @Override
  public void accept(TokenSet tokens) {
    String issued = tokens.refreshToken();
    if (issued == null || issued.isEmpty() || issued.equals(refreshToken)) {
      return;
    }
    refreshToken = issued;
    log.debug("The token endpoint rotated the refresh token");
    try {
      onRotated.accept(issued);
    } catch (RuntimeException e) {
      log.warn("The refresh token listener failed; the new refresh token is in use but may not have been saved", e);
    }
  }

  @Override
  public String toString() {
    return "RefreshTokenGrant[refreshToken=***]";
  }
}
