package app.konqer.server;

/**
 * Every environment variable the server reads, with its default and meaning. This is the one list that the README
 * documents and that {@link ServerConfig#fromEnv} parses.
 */
public enum ConfigVariable {
  PORT("PORT", "4000", "HTTP port to listen on (0 picks a free port)."),
  DATABASE_URL("KONQER_DATABASE_URL", null,
      "JDBC URL of an external PostgreSQL, such as jdbc:postgresql://db:5432/konqer. Unset: embedded PostgreSQL."),
  DATABASE_USER("KONQER_DATABASE_USER", null, "User for KONQER_DATABASE_URL."),
  DATABASE_PASSWORD("KONQER_DATABASE_PASSWORD", null, "Password for KONQER_DATABASE_URL."),
  DATA_DIR("KONQER_DATA_DIR", "~/.konqer/data",
      "Directory of the embedded PostgreSQL's data; kept across restarts. Unused with KONQER_DATABASE_URL."),
  DB_POOL_SIZE("KONQER_DB_POOL_SIZE", "5",
      "Most pooled database connections per server process (2 cores x 2 + 1)."),
  DB_CONNECT_TIMEOUT_MS("KONQER_DB_CONNECT_TIMEOUT_MS", "3000",
      "How long a request waits for a database connection before it answers 503 database_unavailable."),
  JWT_JWKS_URL("KONQER_JWT_JWKS_URL", null, "JWKS URL of the token issuer's signing keys."),
  JWT_ISSUER("KONQER_JWT_ISSUER", null, "Required iss of bearer tokens. Unset with the embedded database: dev mode."),
  JWT_AUDIENCE("KONQER_JWT_AUDIENCE", "konqer-api", "Required aud of bearer tokens."),
  DEV_AUTH("KONQER_DEV_AUTH", null,
      "true forces dev mode (the server mints its own tokens at /auth/dev-token), false forbids it. "
          + "Unset: on when no issuer is configured and the database is embedded."),
  KEYCLOAK_URL("KONQER_KEYCLOAK_URL", null, "Base URL of Keycloak, for /auth/exchange-token and /auth/refresh."),
  KEYCLOAK_REALM("KONQER_KEYCLOAK_REALM", null, "Keycloak realm."),
  KEYCLOAK_CLIENT_ID("KONQER_KEYCLOAK_CLIENT_ID", null, "Keycloak client id."),
  KEYCLOAK_CLIENT_SECRET("KONQER_KEYCLOAK_CLIENT_SECRET", null, "Keycloak client secret (confidential clients)."),
  SHUTDOWN_GRACE_SECONDS("KONQER_SHUTDOWN_GRACE_SECONDS", "20",
      "On SIGTERM, how long in-flight requests may take to finish before the server stops anyway."),
  MAX_BODY_BYTES("KONQER_MAX_BODY_BYTES", "65536", "Largest accepted request body; larger ones get 413.");

  private final String key;
  private final String defaultValue;
  private final String meaning;

  ConfigVariable(String key, String defaultValue, String meaning) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.meaning = meaning;
  }

  /** @return the environment variable's name */
  public String key() {
    return key;
  }

  /** @return the value used when the variable is unset, or {@code null} when there is none */
  public String defaultValue() {
    return defaultValue;
  }

  /** @return what the variable controls */
  public String meaning() {
    return meaning;
  }
}
