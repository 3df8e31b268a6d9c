package app.konqer.examples.cli;

import java.time.Instant;

/**
 * What {@code konqer login} saved: the API and how to authenticate to it. Written to a file only its owner can read.
 *
 * @param baseUrl the API's base URL
 * @param kind how to authenticate
 * @param email the dev user's e-mail address, for {@link Kind#DEV}
 * @param accessToken the current access token, for {@link Kind#DEV} and {@link Kind#TOKEN}
 * @param expiresAt when the access token expires, if known
 * @param tokenUrl the OAuth2 token endpoint, for {@link Kind#CLIENT_CREDENTIALS}
 * @param clientId the OAuth2 client id, for {@link Kind#CLIENT_CREDENTIALS}
 * @param clientSecret the OAuth2 client secret, for {@link Kind#CLIENT_CREDENTIALS}
 */
record Login(String baseUrl, Kind kind, String email, String accessToken, Instant expiresAt, String tokenUrl,
    String clientId, String clientSecret) {

  /** How the CLI authenticates. */
  enum Kind {
    /** Dev tokens from a reference server in dev mode, minted again when they expire. */
    DEV,
    /** A token given on the command line. */
    TOKEN,
    /** OAuth2 client credentials against an identity provider such as Keycloak. */
    CLIENT_CREDENTIALS,
    /** A kind this version does not know. */
    UNKNOWN
  }

  /** Keeps the secrets out of logs and error messages. */
  @Override
  public String toString() {
    return "Login[" + kind + " at " + baseUrl + "]";
  }
}
