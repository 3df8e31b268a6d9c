package app.konqer.server;

import java.util.EnumSet;
import java.util.Set;

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
  MAX_BODY_BYTES("KONQER_MAX_BODY_BYTES", "65536",
      "Largest accepted request body, Stripe webhooks included; larger ones get 413."),
  RATE_LIMIT_PER_USER("KONQER_RATE_LIMIT_PER_USER", "20",
      "Requests per second one signed-in user may send to this replica, with bursts of twice as many; over it, 429 "
          + "rate_limited with Retry-After. Counted per replica. 0 turns it off."),
  RATE_LIMIT_PER_IP("KONQER_RATE_LIMIT_PER_IP", "100",
      "Requests per second one client address may send to this replica, with bursts of twice as many; over it, 429 "
          + "rate_limited with Retry-After. Counted per replica. 0 turns it off."),
  TRUSTED_PROXIES("KONQER_TRUSTED_PROXIES", null,
      "Comma-separated IP addresses and CIDR ranges of the reverse proxies in front of the server; only requests "
          + "from them have their X-Forwarded-For read for the client address. Unset: the socket's peer is the "
          + "client."),
  OPENAI_API_KEY("OPENAI_API_KEY", null,
      "OpenAI API key. Set: generations use OpenAI Chat Completions with structured outputs. Unset: the offline "
          + "generator writes every output (model konqer-offline)."),
  OPENAI_MODEL("KONQER_OPENAI_MODEL", "gpt-4o", "OpenAI model of every generation."),
  OPENAI_BASE_URL("KONQER_OPENAI_BASE_URL", "https://api.openai.com/v1",
      "API root under which chat/completions is called: OpenAI, a compatible gateway, or a test server."),
  OPENAI_CONNECT_TIMEOUT_MS("KONQER_OPENAI_CONNECT_TIMEOUT_MS", "10000", "Limit to open a connection to OpenAI."),
  OPENAI_READ_TIMEOUT_MS("KONQER_OPENAI_READ_TIMEOUT_MS", "60000",
      "Limit between two reads of an OpenAI response; a timeout answers 504 upstream_timeout."),
  OPENAI_CALL_TIMEOUT_MS("KONQER_OPENAI_CALL_TIMEOUT_MS", "90000", "Limit for one whole OpenAI attempt."),
  OPENAI_MAX_ATTEMPTS("KONQER_OPENAI_MAX_ATTEMPTS", "3",
      "OpenAI attempts per completion, the first included; 429, 5xx and connection failures are retried."),
  OPENAI_MAX_RETRY_WAIT_MS("KONQER_OPENAI_MAX_RETRY_WAIT_MS", "20000",
      "Most time spent waiting between the OpenAI attempts of one completion."),
  OPENAI_MAX_CONCURRENCY("KONQER_OPENAI_MAX_CONCURRENCY", "64",
      "Most generations calling OpenAI at once in this replica."),
  OPENAI_QUEUE_TIMEOUT_MS("KONQER_OPENAI_QUEUE_TIMEOUT_MS", "5000",
      "How long a generation waits for one of those slots before it answers 503 upstream_busy with Retry-After."),
  OPENAI_TEMPERATURE("KONQER_OPENAI_TEMPERATURE", null, "Sampling temperature, 0 to 2. Unset: the model's default."),
  OPENAI_MAX_COMPLETION_TOKENS("KONQER_OPENAI_MAX_COMPLETION_TOKENS", "4096",
      "Most tokens one OpenAI answer may use."),
  OPENAI_SEED("KONQER_OPENAI_SEED", null, "Seed for best-effort reproducible OpenAI sampling. Unset: none."),
  APOLLO_API_KEY("KONQER_APOLLO_API_KEY", null,
      "Apollo API key. Set: cold-dm prospects are enriched with Apollo's people match (title, company size, tech "
          + "stack). Unset: no enrichment."),
  APOLLO_BASE_URL("KONQER_APOLLO_BASE_URL", "https://api.apollo.io/api",
      "API root under which v1/people/match is called."),
  APOLLO_CONNECT_TIMEOUT_MS("KONQER_APOLLO_CONNECT_TIMEOUT_MS", "2000", "Limit to open a connection to Apollo."),
  APOLLO_CALL_TIMEOUT_MS("KONQER_APOLLO_CALL_TIMEOUT_MS", "5000",
      "Limit for a whole Apollo lookup; past it the cold DM is written without enrichment."),
  CANVA_TEMPLATE_URL("KONQER_CANVA_TEMPLATE_URL", null,
      "https URL of the Canva template carousels link to as canva_edit_link. Unset: canva_edit_link is null."),
  STRIPE_SECRET_KEY("STRIPE_SECRET_KEY", null,
      "Stripe secret API key (sk_... or rk_...). Set: checkout and cancellation go through Stripe. Unset: the "
          + "server's own checkout page in dev mode, otherwise the billing routes answer 503 billing_not_configured."),
  STRIPE_WEBHOOK_SECRET("STRIPE_WEBHOOK_SECRET", null,
      "Signing secret (whsec_...) of the Stripe webhook endpoint that POST /webhooks/stripe verifies. Required with "
          + "STRIPE_SECRET_KEY. Unset in dev mode: a random secret made at start signs the dev checkout's events."),
  STRIPE_API_BASE("KONQER_STRIPE_API_BASE", "https://api.stripe.com", "Base URL of the Stripe API."),
  STRIPE_CONNECT_TIMEOUT_MS("KONQER_STRIPE_CONNECT_TIMEOUT_MS", "5000", "Limit to open a connection to Stripe."),
  STRIPE_READ_TIMEOUT_MS("KONQER_STRIPE_READ_TIMEOUT_MS", "20000",
      "Limit for Stripe's answer to one request; past it, and after two retries, checkout answers 503 "
          + "payment_provider_unavailable."),
  STRIPE_PRICE_FOUNDING("KONQER_STRIPE_PRICE_FOUNDING", null,
      "Stripe price id (price_...) of the founding plan, 69900 cents a year. Required with STRIPE_SECRET_KEY."),
  STRIPE_PRICE_MONTHLY_SINGLE("KONQER_STRIPE_PRICE_MONTHLY_SINGLE", null,
      "Stripe price id of the monthly single-service plan, 9900 cents a month. Required with STRIPE_SECRET_KEY."),
  STRIPE_PRICE_MONTHLY_BUNDLE("KONQER_STRIPE_PRICE_MONTHLY_BUNDLE", null,
      "Stripe price id of the monthly bundle of all 12 services, 39900 cents a month. Required with "
          + "STRIPE_SECRET_KEY."),
  STRIPE_PRICE_ANNUAL_SINGLE("KONQER_STRIPE_PRICE_ANNUAL_SINGLE", null,
      "Stripe price id of the annual single-service plan, 99000 cents a year. Required with STRIPE_SECRET_KEY."),
  STRIPE_PRICE_ANNUAL_BUNDLE("KONQER_STRIPE_PRICE_ANNUAL_BUNDLE", null,
      "Stripe price id of the annual bundle of all 12 services, 399000 cents a year. Required with "
          + "STRIPE_SECRET_KEY."),
  PUBLIC_URL("KONQER_PUBLIC_URL", null,
      "The server's public base URL, used in the links it hands out (the dev checkout page). Unset: the base URL "
          + "the request came in on."),
  SMTP_HOST("KONQER_SMTP_HOST", null, "SMTP server that sends e-mails. Unset: e-mails are logged, not sent."),
  SMTP_PORT("KONQER_SMTP_PORT", "587", "SMTP port."),
  SMTP_USER("KONQER_SMTP_USER", null, "SMTP user name. Unset: no authentication."),
  SMTP_PASSWORD("KONQER_SMTP_PASSWORD", null, "SMTP password."),
  SMTP_FROM("KONQER_SMTP_FROM", "Konqer <no-reply@konqer.app>", "Sender of e-mails, an RFC 5322 address."),
  SMTP_STARTTLS("KONQER_SMTP_STARTTLS", "true",
      "true requires STARTTLS before anything is sent; false allows plain SMTP (local relays only).");

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

  /**
   * Whether the variable holds a secret (a key, a password, or a URL that may carry one): its value is never shown in
   * an error message, and a deployment takes it from a secret store (on Kubernetes, a Secret), never from plain
   * configuration.
   *
   * @return {@code true} for a secret
   */
  public boolean secret() {
    return Secrets.ALL.contains(this);
  }

  /** The variables whose values are secrets. */
  private static final class Secrets {
    static final Set<ConfigVariable> ALL = EnumSet.of(DATABASE_URL, DATABASE_PASSWORD, KEYCLOAK_CLIENT_SECRET,
        STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, SMTP_PASSWORD, OPENAI_API_KEY, APOLLO_API_KEY);
  }
}
