package app.konqer.server.auth;

import app.konqer.sdk.auth.CodeExchangeRequest;
import app.konqer.sdk.auth.RefreshRequest;
import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.error.FieldError;
import app.konqer.server.http.ApiError;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains tokens from Keycloak's token endpoint for {@code POST /auth/exchange-token} and {@code POST /auth/refresh},
 * as a confidential client ({@code client_secret_post}).
 *
 * <p>Outcomes:
 * <ul>
 *   <li>success: Keycloak's token response as the SDK's {@link TokenSet};</li>
 *   <li>Keycloak refuses the grant ({@code invalid_grant}, {@code invalid_request}, {@code invalid_scope}): a 400
 *       {@code token_exchange_refused} or {@code refresh_refused}, whose detail names Keycloak's error;</li>
 *   <li>Keycloak is unreachable, times out, answers 5xx or 429: a 503 {@code identity_provider_unavailable} with
 *       {@code Retry-After};</li>
 *   <li>Keycloak refuses this server ({@code invalid_client}, {@code unauthorized_client}, an unknown realm) or
 *       answers something unusable: a 502 {@code identity_provider_error}, logged as a configuration problem.</li>
 * </ul>
 * Every call is bounded by {@link KeycloakClientSettings#callTimeout()}. Codes, tokens and the client secret are
 * never logged nor echoed.
 */
public final class KeycloakTokenClient {
  private static final Logger log = LoggerFactory.getLogger(KeycloakTokenClient.class);
  private static final long MAX_BODY_BYTES = 256 * 1024;
  private static final Set<String> GRANT_REFUSALS = Set.of("invalid_grant", "invalid_request", "invalid_scope");
  private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final int MAX_DESCRIPTION_LENGTH = 200;

  private final KeycloakClientSettings settings;
  private final OkHttpClient http;
  private final JsonAdapter<TokenSet> tokens;
  private final JsonAdapter<OAuthErrorBody> errors;

  /**
   * Creates the client.
   *
   * @param settings the token endpoint and client credentials
   * @param http the HTTP client to call with (shared with the rest of the server)
   * @param moshi the Konqer JSON configuration ({@link app.konqer.sdk.json.KonqerJson#create()})
   */
  public KeycloakTokenClient(KeycloakClientSettings settings, OkHttpClient http, Moshi moshi) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.http = Objects.requireNonNull(http, "http");
    this.tokens = moshi.adapter(TokenSet.class);
    this.errors = moshi.adapter(OAuthErrorBody.class);
  }

  /**
   * Exchanges an authorization code ({@code grant_type=authorization_code}).
   *
   * @param code the code the login redirect carried
   * @param redirectUri the redirect URI the code was issued for
   * @return the tokens
   * @throws ApiError 422 if an argument is blank, 400 {@code token_exchange_refused}, 502 or 503 as described above
   */
  public TokenSet exchangeCode(String code, String redirectUri) {
    List<FieldError> invalid = new ArrayList<>();
    requireText(code, "code", invalid);
    requireText(redirectUri, "redirect_uri", invalid);
    if (!invalid.isEmpty()) {
      throw ApiError.validation(invalid);
    }
    FormBody.Builder form = new FormBody.Builder()
        .add("grant_type", "authorization_code")
        .add("code", code)
        .add("redirect_uri", redirectUri);
    return call(form, Grant.AUTHORIZATION_CODE, code);
  }

  /**
   * Exchanges an authorization code.
   *
   * @param request the code and redirect URI
   * @return the tokens
   * @see #exchangeCode(String, String)
   */
  public TokenSet exchangeCode(CodeExchangeRequest request) {
    return exchangeCode(request.code(), request.redirectUri());
  }

  /**
   * Refreshes tokens ({@code grant_type=refresh_token}).
   *
   * @param refreshToken the refresh token of an earlier response
   * @return the new tokens
   * @throws ApiError 422 if the token is blank, 400 {@code refresh_refused}, 502 or 503 as described above
   */
  public TokenSet refresh(String refreshToken) {
    List<FieldError> invalid = new ArrayList<>();
    requireText(refreshToken, "refresh_token", invalid);
    if (!invalid.isEmpty()) {
      throw ApiError.validation(invalid);
    }
    FormBody.Builder form = new FormBody.Builder()
        .add("grant_type", "refresh_token")
        .add("refresh_token", refreshToken);
    return call(form, Grant.REFRESH_TOKEN, refreshToken);
  }

  /**
   * Refreshes tokens.
   *
   * @param request the refresh token
   * @return the new tokens
   * @see #refresh(String)
   */
  public TokenSet refresh(RefreshRequest request) {
    return refresh(request.refreshToken());
  }

  private TokenSet call(FormBody.Builder form, Grant grant, String secretInput) {
    form.add("client_id", settings.clientId());
    if (settings.clientSecret() != null && !settings.clientSecret().isBlank()) {
      form.add("client_secret", settings.clientSecret());
    }
    Request request = new Request.Builder()
        .url(settings.tokenEndpoint().toString())
        .header("Accept", "application/json")
        .post(form.build())
        .build();
    Call call = http.newCall(request);
    call.timeout().timeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try (Response response = call.execute()) {
      String body = response.peekBody(MAX_BODY_BYTES).string();
      if (response.isSuccessful()) {
        return tokenSet(body, grant);
      }
      throw failure(response.code(), body, grant, secretInput);
    } catch (IOException e) {
      log.warn("Keycloak token endpoint unreachable ({}): {}", grant.description, e.toString());
      throw IdentityProviderErrors.unavailable("The identity provider cannot be reached", e);
    }
  }

  private TokenSet tokenSet(String body, Grant grant) {
    TokenSet tokenSet;
    try {
      tokenSet = tokens.fromJson(body);
    } catch (IOException | JsonDataException e) {
      tokenSet = null;
    }
    if (tokenSet == null || tokenSet.accessToken() == null || tokenSet.accessToken().isBlank()) {
      log.error("Keycloak answered the {} grant with no access token", grant.description);
      throw IdentityProviderErrors.misbehaved("The identity provider answered without an access token");
    }
    return tokenSet;
  }

  private ApiError failure(int status, String body, Grant grant, String secretInput) {
    if (status >= 500 || status == 429) {
      log.warn("Keycloak token endpoint failed with HTTP {} ({})", status, grant.description);
      return IdentityProviderErrors.unavailable("The identity provider failed (HTTP " + status + ")", null);
    }
    OAuthErrorBody error = errorBody(body);
    String code = error == null || error.error() == null || !ERROR_CODE.matcher(error.error()).matches()
        ? null : error.error();
    if (code != null && GRANT_REFUSALS.contains(code)) {
      String detail = "The identity provider refused the " + grant.description + ": " + code
          + describe(error.errorDescription(), secretInput, settings.clientSecret());
      return IdentityProviderErrors.refused(grant.refusedCode, grant.refusedTitle, detail);
    }
    log.error("Keycloak refused this server's {} request with HTTP {} and error {}: check the Keycloak URL, realm, "
        + "client id and client secret", grant.description, status, code == null ? "(none)" : code);
    return IdentityProviderErrors.misbehaved(
        "The identity provider refused this server's request" + (code == null ? "" : ": " + code));
  }

  private OAuthErrorBody errorBody(String body) {
    try {
      return errors.fromJson(body);
    } catch (IOException | JsonDataException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String describe(String description, String secretInput, String secret) {
    if (description == null || description.isBlank() || description.contains(secretInput)
        || (secret != null && !secret.isBlank() && description.contains(secret))) {
      return "";
    }
    String clean = description.strip().replaceAll("\\p{Cntrl}", " ");
    if (clean.length() > MAX_DESCRIPTION_LENGTH) {
      clean = clean.substring(0, MAX_DESCRIPTION_LENGTH);
    }
    return " (" + clean + ")";
  }

  private static void requireText(String value, String field, List<FieldError> invalid) {
    if (value == null || value.isBlank()) {
      invalid.add(new FieldError(field, "must not be blank"));
    }
  }

  /** The two grants, with the error each refusal becomes. */
  private enum Grant {
    AUTHORIZATION_CODE("authorization code", "token_exchange_refused", "Authorization code refused"),
    REFRESH_TOKEN("refresh token", "refresh_refused", "Refresh token refused");

    private final String description;
    private final String refusedCode;
    private final String refusedTitle;

    Grant(String description, String refusedCode, String refusedTitle) {
      this.description = description;
      this.refusedCode = refusedCode;
      this.refusedTitle = refusedTitle;
    }
  }
}
