package app.konqer.sdk.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /auth/refresh}: a refresh token to trade for new tokens.
 *
 * @param refreshToken the refresh token
 */
public record RefreshRequest(@NotBlank @Size(max = 8192) String refreshToken) {

  /** Hides the token, so that a logged record never leaks a secret. */
  @Override
  public String toString() {
    return "RefreshRequest[refreshToken=***]";
  }
}
