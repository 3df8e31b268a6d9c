package app.konqer.sdk.auth;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Konqer's token endpoints, {@code /auth/*}, which trade an authorization code, a refresh token or (on a reference
 * server in dev mode) an e-mail address for a {@link TokenSet}. These calls send no {@code Authorization} header,
 * so they work on a client without credentials. Obtain it from {@link KonqerClient#auth()}.
 *
 * <p>Each call comes in six forms, as in {@code exchangeCode}: plain, with {@link RequestOptions}, {@code Async}
 * with and without options, {@code WithResponse} and {@code WithResponseAsync}.
 */
public final class AuthApi {
  private final KonqerClient client;

  /**
   * Creates the API on a client. Applications call {@link KonqerClient#auth()} instead.
   *
   * @param client the client to send with
   */
  public AuthApi(KonqerClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Trades an OAuth2 authorization code for tokens ({@code POST /auth/exchange-token}).
   *
   * @param code the code from the identity provider's redirect
   * @param redirectUri the redirect URI the code was issued for
   * @return the tokens
   */
  public TokenSet exchangeCode(String code, String redirectUri) {
    return exchangeCode(code, redirectUri, RequestOptions.none());
  }

  /**
   * Trades an OAuth2 authorization code for tokens.
   *
   * @param code the code from the identity provider's redirect
   * @param redirectUri the redirect URI the code was issued for
   * @param options per-call options
   * @return the tokens
   */
  public TokenSet exchangeCode(String code, String redirectUri, RequestOptions options) {
    return client.execute(exchangeCodeRequest(code, redirectUri, options));
  }

  /**
   * Trades an OAuth2 authorization code for tokens, without blocking.
   *
   * @param code the code from the identity provider's redirect
   * @param redirectUri the redirect URI the code was issued for
   * @return the tokens, when they arrive
   */
  public CompletableFuture<TokenSet> exchangeCodeAsync(String code, String redirectUri) {
    return exchangeCodeAsync(code, redirectUri, RequestOptions.none());
  }

  /**
   * Trades an OAuth2 authorization code for tokens, without blocking.
   *
   * @param code the code from the identity provider's redirect
   * @param redirectUri the redirect URI the code was issued for
   * @param options per-call options
   * @return the tokens, when they arrive
   */
  public CompletableFuture<TokenSet> exchangeCodeAsync(String code, String redirectUri, RequestOptions options) {
    return client.executeAsync(exchangeCodeRequest(code, redirectUri, options));
  }

  /**
   * Trades an OAuth2 authorization code for tokens, with the response metadata.
   *
   * @param code the code from the identity provider's redirect
   * @param redirectUri the redirect URI the code was issued for
   * @param options per-call options
   * @return the tokens and the metadata
   */
  public ApiResponse<TokenSet> exchangeCodeWithResponse(String code, String redirectUri, RequestOptions options) {
    return client.executeWithResponse(exchangeCodeRequest(code, redirectUri, options));
  }

  /**
   * Trades an OAuth2 authorization code for tokens, with the response metadata, without blocking.
   *
   * @param code the code from the identity provider's redirect
   * @param redirectUri the redirect URI the code was issued for
   * @param options per-call options
   * @return the tokens and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<TokenSet>> exchangeCodeWithResponseAsync(
      String code, String redirectUri, RequestOptions options) {
    return client.executeWithResponseAsync(exchangeCodeRequest(code, redirectUri, options));
  }

  /**
   * Trades a refresh token for new tokens ({@code POST /auth/refresh}).
   *
   * @param refreshToken the refresh token
   * @return the new tokens; keep the new refresh token if the provider rotated it
   */
  public TokenSet refresh(String refreshToken) {
    return refresh(refreshToken, RequestOptions.none());
  }

  /**
   * Trades a refresh token for new tokens.
   *
   * @param refreshToken the refresh token
   * @param options per-call options
   * @return the new tokens
   */
  public TokenSet refresh(String refreshToken, RequestOptions options) {
    return client.execute(refreshRequest(refreshToken, options));
  }

  /**
   * Trades a refresh token for new tokens, without blocking.
   *
   * @param refreshToken the refresh token
   * @return the new tokens, when they arrive
   */
  public CompletableFuture<TokenSet> refreshAsync(String refreshToken) {
    return refreshAsync(refreshToken, RequestOptions.none());
  }

  /**
   * Trades a refresh token for new tokens, without blocking.
   *
   * @param refreshToken the refresh token
   * @param options per-call options
   * @return the new tokens, when they arrive
   */
  public CompletableFuture<TokenSet> refreshAsync(String refreshToken, RequestOptions options) {
    return client.executeAsync(refreshRequest(refreshToken, options));
  }

  /**
   * Trades a refresh token for new tokens, with the response metadata.
   *
   * @param refreshToken the refresh token
   * @param options per-call options
   * @return the new tokens and the metadata
   */
  public ApiResponse<TokenSet> refreshWithResponse(String refreshToken, RequestOptions options) {
    return client.executeWithResponse(refreshRequest(refreshToken, options));
  }

  /**
   * Trades a refresh token for new tokens, with the response metadata, without blocking.
   *
   * @param refreshToken the refresh token
   * @param options per-call options
   * @return the new tokens and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<TokenSet>> refreshWithResponseAsync(
      String refreshToken, RequestOptions options) {
    return client.executeWithResponseAsync(refreshRequest(refreshToken, options));
  }

  /**
   * Mints a token on a reference server in dev mode ({@code POST /auth/dev-token}). A server with an external
   * identity provider answers 404.
   *
   * @param request the user to mint a token for
   * @return the tokens
   */
  public TokenSet devToken(DevTokenRequest request) {
    return devToken(request, RequestOptions.none());
  }

  /**
   * Mints a token on a reference server in dev mode.
   *
   * @param request the user to mint a token for
   * @param options per-call options
   * @return the tokens
   */
  public TokenSet devToken(DevTokenRequest request, RequestOptions options) {
    return client.execute(devTokenRequest(request, options));
  }

  /**
   * Mints a token on a reference server in dev mode, without blocking.
   *
   * @param request the user to mint a token for
   * @return the tokens, when they arrive
   */
  public CompletableFuture<TokenSet> devTokenAsync(DevTokenRequest request) {
    return devTokenAsync(request, RequestOptions.none());
  }

  /**
   * Mints a token on a reference server in dev mode, without blocking.
   *
   * @param request the user to mint a token for
   * @param options per-call options
   * @return the tokens, when they arrive
   */
  public CompletableFuture<TokenSet> devTokenAsync(DevTokenRequest request, RequestOptions options) {
    return client.executeAsync(devTokenRequest(request, options));
  }

  /**
   * Mints a token on a reference server in dev mode, with the response metadata.
   *
   * @param request the user to mint a token for
   * @param options per-call options
   * @return the tokens and the metadata
   */
  public ApiResponse<TokenSet> devTokenWithResponse(DevTokenRequest request, RequestOptions options) {
    return client.executeWithResponse(devTokenRequest(request, options));
  }

  /**
   * Mints a token on a reference server in dev mode, with the response metadata, without blocking.
   *
   * @param request the user to mint a token for
   * @param options per-call options
   * @return the tokens and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<TokenSet>> devTokenWithResponseAsync(
      DevTokenRequest request, RequestOptions options) {
    return client.executeWithResponseAsync(devTokenRequest(request, options));
  }

  private static ApiRequest<TokenSet> exchangeCodeRequest(String code, String redirectUri, RequestOptions options) {
    return tokenRequest("/auth/exchange-token", new CodeExchangeRequest(code, redirectUri), options);
  }

  private static ApiRequest<TokenSet> refreshRequest(String refreshToken, RequestOptions options) {
    return tokenRequest("/auth/refresh", new RefreshRequest(refreshToken), options);
  }

  private static ApiRequest<TokenSet> devTokenRequest(DevTokenRequest request, RequestOptions options) {
    return tokenRequest("/auth/dev-token", request, options);
  }

  private static ApiRequest<TokenSet> tokenRequest(String path, Object body, RequestOptions options) {
    return ApiRequest.post(path, TokenSet.class).body(body).options(options).authenticated(false).build();
  }
}
