package app.konqer.server.auth;

import app.konqer.sdk.auth.CodeExchangeRequest;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.auth.RefreshRequest;
import app.konqer.server.http.ApiError;
import app.konqer.server.http.Bodies;
import io.javalin.http.Context;

/**
 * The {@code /auth/*} endpoints: minting dev tokens and publishing their keys (dev mode only), and trading an
 * authorization code or a refresh token for tokens at Keycloak.
 */
public final class AuthRoutes {
  private final DevTokenIssuer devTokens;
  private final KeycloakTokenClient keycloak;

  /**
   * Creates the endpoints.
   *
   * @param devTokens the dev token issuer, or {@code null} when dev mode is off
   * @param keycloak the Keycloak client, or {@code null} when Keycloak is not configured
   */
  public AuthRoutes(DevTokenIssuer devTokens, KeycloakTokenClient keycloak) {
    this.devTokens = devTokens;
    this.keycloak = keycloak;
  }

  /** @return whether the server mints its own dev tokens, so that the dev routes exist */
  public boolean devMode() {
    return devTokens != null;
  }

  /**
   * {@code POST /auth/dev-token}: a signed token for the e-mail address in the body.
   *
   * @param ctx the request
   */
  public void devToken(Context ctx) {
    ctx.json(devTokens.issue(Bodies.read(ctx, DevTokenRequest.class)));
  }

  /**
   * {@code GET /.well-known/jwks.json}: the public key dev tokens are signed with.
   *
   * @param ctx the request
   */
  public void jwks(Context ctx) {
    ctx.contentType("application/json").result(devTokens.jwksJson());
  }

  /**
   * {@code POST /auth/exchange-token}: Keycloak's tokens for an authorization code.
   *
   * @param ctx the request
   */
  public void exchangeToken(Context ctx) {
    CodeExchangeRequest request = Bodies.read(ctx, CodeExchangeRequest.class);
    ctx.json(keycloak().exchangeCode(request));
  }

  /**
   * {@code POST /auth/refresh}: new tokens from Keycloak for a refresh token.
   *
   * @param ctx the request
   */
  public void refresh(Context ctx) {
    RefreshRequest request = Bodies.read(ctx, RefreshRequest.class);
    ctx.json(keycloak().refresh(request));
  }

  private KeycloakTokenClient keycloak() {
    if (keycloak == null) {
      throw new ApiError(503, "identity_provider_not_configured", "Identity provider not configured",
          "This server has no Keycloak client configured (KONQER_KEYCLOAK_URL, KONQER_KEYCLOAK_REALM,"
              + " KONQER_KEYCLOAK_CLIENT_ID)");
    }
    return keycloak;
  }
}
