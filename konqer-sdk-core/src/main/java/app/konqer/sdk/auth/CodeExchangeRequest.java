package app.konqer.sdk.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /auth/exchange-token}: an OAuth2 authorization code to trade for tokens.
 *
 * @param code the authorization code from the identity provider's redirect
 * @param redirectUri the redirect URI the code was issued for
 */
public record CodeExchangeRequest(
    @NotBlank @Size(max = 4096) String code, @NotBlank @Size(max = 2048) String redirectUri) {}
