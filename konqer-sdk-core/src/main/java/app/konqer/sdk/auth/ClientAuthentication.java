package app.konqer.sdk.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * How a confidential client proves its identity to the token endpoint, named as in OpenID Connect's
 * {@code token_endpoint_auth_method}.
 *
 * <p>A public client, which has no secret, always identifies itself with a {@code client_id} form parameter.
 */
public enum ClientAuthentication {

  /**
   * HTTP Basic authentication with the client id and secret, each form-encoded first as RFC 6749 section 2.3.1
   * requires. This is the default, and what Keycloak expects unless told otherwise.
   */
  CLIENT_SECRET_BASIC {
    @Override
    void apply(String clientId, String clientSecret, Request.Builder request, FormBody.Builder form) {
      String pair = formEncode(clientId) + ":" + formEncode(clientSecret);
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
  },

  /** The client id and secret as {@code client_id} and {@code client_secret} form parameters. */
  CLIENT_SECRET_POST {
    @Override
    void apply(String clientId, String clientSecret, Request.Builder request, FormBody.Builder form) {
      form.add("client_id", clientId).add("client_secret", clientSecret);
    }
  };

  /**
   * Adds the client's credentials to a token request.
   *
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param request the HTTP request, for headers
   * @param form the form body, for parameters
   */
  abstract void apply(String clientId, String clientSecret, Request.Builder request, FormBody.Builder form);

  private static String formEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
