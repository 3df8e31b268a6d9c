package app.konqer.server.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server reaches Keycloak's token endpoint as a confidential client.
 *
 * @param tokenEndpoint the OAuth2 token endpoint, for Keycloak {@link KeycloakRealm#tokenEndpoint()}
 * @param clientId the client id
 * @param clientSecret the client secret, sent in the form body ({@code client_secret_post}); {@code null} or blank
 *     for a public client
 * @param callTimeout the bound on one whole call, connection to last byte
 */
public record KeycloakClientSettings(URI tokenEndpoint, String clientId, String clientSecret, Duration callTimeout) {
  /** The bound on one call to the token endpoint unless configured otherwise. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException if the endpoint is not absolute, the client id is blank or the timeout is not
   *     positive
   */
  public KeycloakClientSettings {
    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    if (!tokenEndpoint.isAbsolute()) {
      throw new IllegalArgumentException("The token endpoint must be an absolute URL: " + tokenEndpoint);
    }
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("The Keycloak client id must not be blank");
    }
    Objects.requireNonNull(callTimeout, "callTimeout");
    if (callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("The call timeout must be positive: " + callTimeout);
    }
  }

  /**
   * Settings for a realm's token endpoint, with the default call timeout.
   *
   * @param realm the realm
   * @param clientId the client id
   * @param clientSecret the client secret
   * @return the settings
   */
  public static KeycloakClientSettings forRealm(KeycloakRealm realm, String clientId, String clientSecret) {
    return new KeycloakClientSettings(realm.tokenEndpoint(), clientId, clientSecret, DEFAULT_CALL_TIMEOUT);
  }

  /** Hides the client secret. */
  @Override
  public String toString() {
    return "KeycloakClientSettings[tokenEndpoint=" + tokenEndpoint + ", clientId=" + clientId
        + ", clientSecret=" + (clientSecret == null || clientSecret.isBlank() ? "none" : "***")
        + ", callTimeout=" + callTimeout + "]";
  }
}
