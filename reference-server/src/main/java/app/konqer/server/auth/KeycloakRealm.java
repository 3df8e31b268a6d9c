package app.konqer.server.auth;

import java.net.URI;
import okhttp3.HttpUrl;

/**
 * A Keycloak realm, and the URLs derived from it: its issuer ({@code {url}/realms/{realm}}), its JWKS and its token
 * endpoint.
 *
 * @param url the Keycloak base URL, such as {@code https://auth.example.com} (with {@code /auth} for Keycloak
 *     versions before 17)
 * @param realm the realm name
 */
public record KeycloakRealm(HttpUrl url, String realm) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the URL is missing or the realm is blank
   */
  public KeycloakRealm {
    if (url == null) {
      throw new IllegalArgumentException("The Keycloak URL must be an absolute http(s) URL");
    }
    if (realm == null || realm.isBlank()) {
      throw new IllegalArgumentException("The Keycloak realm must not be blank");
    }
  }

  /**
   * Parses the base URL.
   *
   * @param url the Keycloak base URL
   * @param realm the realm name
   * @return the realm
   * @throws IllegalArgumentException if the URL is not an absolute http(s) URL or the realm is blank
   */
  public static KeycloakRealm of(String url, String realm) {
    return new KeycloakRealm(url == null ? null : HttpUrl.parse(url.strip()), realm);
  }

  /** @return the issuer, the exact {@code iss} of the realm's tokens */
  public URI issuer() {
    return realmUrl().build().uri();
  }

  /** @return the realm's JWKS URL */
  public URI jwksUrl() {
    return realmUrl().addPathSegments("protocol/openid-connect/certs").build().uri();
  }

  /** @return the realm's OAuth2 token endpoint */
  public URI tokenEndpoint() {
    return realmUrl().addPathSegments("protocol/openid-connect/token").build().uri();
  }

  private HttpUrl.Builder realmUrl() {
    HttpUrl.Builder builder = url.newBuilder();
    if (url.pathSegments().get(url.pathSize() - 1).isEmpty()) {
      builder.removePathSegment(url.pathSize() - 1);
    }
    return builder.addPathSegment("realms").addPathSegment(realm);
  }
}
