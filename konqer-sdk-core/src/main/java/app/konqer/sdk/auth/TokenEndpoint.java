package app.konqer.sdk.auth;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OAuth2 token endpoint and the client that calls it: posts a grant as {@code application/x-www-form-urlencoded},
 * authenticates the client, and turns the answer into a {@link TokenSet} or a {@link TokenEndpointException}.
 *
 * <p>Not thread-safe on its own: the provider calls it only while holding its refresh lock.
 */
final class TokenEndpoint {
  private final OkHttpClient http;
  private final OpenIdDiscovery discovery;
  private final String clientId;
  private final String clientSecret;
  private final ClientAuthentication authentication;
  private final JsonAdapter<TokenSet> tokenAdapter;
  private final JsonAdapter<OAuth2Error> errorAdapter;
  private volatile HttpUrl url;

  /**
   * Creates the endpoint.
   *
   * @param url the token endpoint, or {@code null} to discover it from {@code issuer}
   * @param issuer the issuer to discover the endpoint from, when {@code url} is {@code null}
   * @param clientSecret the secret of a confidential client, or {@code null} for a public client
   */
  TokenEndpoint(OkHttpClient http, HttpUrl url, HttpUrl issuer, String clientId, String clientSecret,
      ClientAuthentication authentication, Moshi moshi) {
    this.http = http;
    this.url = url;
    this.discovery = url == null ? new OpenIdDiscovery(http, issuer, moshi.adapter(ProviderMetadata.class)) : null;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.authentication = authentication;
    this.tokenAdapter = moshi.adapter(TokenSet.class);
    this.errorAdapter = moshi.adapter(OAuth2Error.class);
  }

  /** Whether an HTTP status means the endpoint may answer differently later. */
  static boolean isTemporary(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  /**
   * Asks the endpoint for tokens.
   *
   * @param grant the grant to present
   * @param scope the scope to ask for, or {@code null}
   * @return the endpoint's answer, with an access token of type Bearer
   * @throws TokenEndpointException if no usable token was issued
   */
  TokenSet request(Grant grant, String scope) {
    HttpUrl target = url();
    FormBody.Builder form = new FormBody.Builder();
    grant.addParameters(form);
    if (scope != null) {
      form.add("scope", scope);
    }
    Request.Builder request = new Request.Builder().url(target).header("Accept", "application/json");
    if (clientSecret == null) {
      form.add("client_id", clientId);
    } else {
      authentication.apply(clientId, clientSecret, request, form);
    }
    request.post(form.build());
    String what = "the " + grant.type() + " grant";
    try (Response response = http.newCall(request.build()).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw failure(target, what, response.code(), text);
      }
      return tokens(target, what, response.code(), text);
    } catch (IOException e) {
      throw new TokenEndpointUnavailableException(
          "Token endpoint " + target + " could not be reached for " + what + ": " + e, 0, null, null, e);
    }
  }

  /** The endpoint's URL, discovering it on first use if only the issuer is known. */
  HttpUrl url() {
    if (url == null) {
      url = discovery.tokenEndpoint();
    }
    return url;
  }

  private TokenSet tokens(HttpUrl target, String what, int status, String text) {
    TokenSet tokens;
    try {
      tokens = tokenAdapter.fromJson(text);
    } catch (IOException | JsonDataException e) {
      throw malformed(target, what, status, "the body is not a JSON token response", e);
    }
    if (tokens == null || tokens.accessToken() == null || tokens.accessToken().isEmpty()) {
      throw malformed(target, what, status, "it has no access_token", null);
    }
    if (tokens.tokenType() != null && !"bearer".equalsIgnoreCase(tokens.tokenType())) {
      throw malformed(target, what, status, "its token_type is " + tokens.tokenType() + ", not Bearer", null);
    }
    return tokens;
  }

  private TokenEndpointException failure(HttpUrl target, String what, int status, String text) {
    OAuth2Error error = error(text);
    String detail = "HTTP " + status
        + (error.error() == null ? "" : " " + error.error())
        + (error.errorDescription() == null ? "" : " (" + error.errorDescription() + ")");
    if (isTemporary(status)) {
      return new TokenEndpointUnavailableException(
          "Token endpoint " + target + " is unavailable for " + what + ": " + detail,
          status, error.error(), error.errorDescription(), null);
    }
    return new TokenRefusedException(
        "Token endpoint " + target + " refused " + what + ": " + detail, status, error.error(),
        error.errorDescription());
  }

  private OAuth2Error error(String text) {
    try {
      OAuth2Error error = errorAdapter.fromJson(text);
      return error == null ? OAuth2Error.NONE : error;
    } catch (IOException | JsonDataException e) {
      return OAuth2Error.NONE;
    }
  }

  private static TokenEndpointException malformed(
      HttpUrl target, String what, int status, String reason, Throwable cause) {
    return new TokenEndpointException(
        "Token endpoint " + target + " answered " + what + " with an unusable response: " + reason,
        status, null, null, false, cause);
  }

  @Override
  public String toString() {
    return "TokenEndpoint[" + (url != null ? url : "discovered") + ", clientId=" + clientId + "]";
  }
}
