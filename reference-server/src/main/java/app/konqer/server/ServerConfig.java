package app.konqer.server;

import static app.konqer.server.ConfigVariable.DATABASE_PASSWORD;
import static app.konqer.server.ConfigVariable.DATABASE_URL;
import static app.konqer.server.ConfigVariable.DATABASE_USER;
import static app.konqer.server.ConfigVariable.DATA_DIR;
import static app.konqer.server.ConfigVariable.DB_CONNECT_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.DB_POOL_SIZE;
import static app.konqer.server.ConfigVariable.DEV_AUTH;
import static app.konqer.server.ConfigVariable.JWT_AUDIENCE;
import static app.konqer.server.ConfigVariable.JWT_ISSUER;
import static app.konqer.server.ConfigVariable.JWT_JWKS_URL;
import static app.konqer.server.ConfigVariable.KEYCLOAK_CLIENT_ID;
import static app.konqer.server.ConfigVariable.KEYCLOAK_CLIENT_SECRET;
import static app.konqer.server.ConfigVariable.KEYCLOAK_REALM;
import static app.konqer.server.ConfigVariable.KEYCLOAK_URL;
import static app.konqer.server.ConfigVariable.MAX_BODY_BYTES;
import static app.konqer.server.ConfigVariable.PORT;
import static app.konqer.server.ConfigVariable.PUBLIC_URL;
import static app.konqer.server.ConfigVariable.RATE_LIMIT_PER_IP;
import static app.konqer.server.ConfigVariable.RATE_LIMIT_PER_USER;
import static app.konqer.server.ConfigVariable.SHUTDOWN_GRACE_SECONDS;
import static app.konqer.server.ConfigVariable.SMTP_FROM;
import static app.konqer.server.ConfigVariable.SMTP_HOST;
import static app.konqer.server.ConfigVariable.SMTP_PASSWORD;
import static app.konqer.server.ConfigVariable.SMTP_PORT;
import static app.konqer.server.ConfigVariable.SMTP_STARTTLS;
import static app.konqer.server.ConfigVariable.SMTP_USER;
import static app.konqer.server.ConfigVariable.STRIPE_API_BASE;
import static app.konqer.server.ConfigVariable.STRIPE_CONNECT_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.STRIPE_PRICE_ANNUAL_BUNDLE;
import static app.konqer.server.ConfigVariable.STRIPE_PRICE_ANNUAL_SINGLE;
import static app.konqer.server.ConfigVariable.STRIPE_PRICE_FOUNDING;
import static app.konqer.server.ConfigVariable.STRIPE_PRICE_MONTHLY_BUNDLE;
import static app.konqer.server.ConfigVariable.STRIPE_PRICE_MONTHLY_SINGLE;
import static app.konqer.server.ConfigVariable.STRIPE_READ_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.STRIPE_SECRET_KEY;
import static app.konqer.server.ConfigVariable.STRIPE_WEBHOOK_SECRET;
import static app.konqer.server.ConfigVariable.TRUSTED_PROXIES;

import app.konqer.server.enrichment.ApolloConfig;
import app.konqer.server.generation.openai.OpenAiConfig;
import app.konqer.server.limits.ConcurrencySettings;
import app.konqer.server.limits.LimitSettings;
import app.konqer.server.limits.RateLimit;
import app.konqer.server.limits.TrustedProxies;
import app.konqer.sdk.model.Plan;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The server's settings, read once from the environment (see {@link ConfigVariable} for every variable).
 *
 * @param port the HTTP port; 0 picks a free one
 * @param database the external PostgreSQL, or {@code null} for the embedded one
 * @param dataDir where the embedded PostgreSQL keeps its data
 * @param dbPoolSize the most pooled connections
 * @param dbConnectTimeout how long a request waits for a pooled connection
 * @param jwt what bearer tokens must carry
 * @param devAuth whether the server mints and accepts its own dev tokens
 * @param keycloak the Keycloak client for code exchange and refresh, or {@code null} when not configured
 * @param shutdownGrace how long in-flight requests may run on after a stop is requested
 * @param maxBodyBytes the largest accepted request body
 * @param openAi how to reach OpenAI, or {@code null} to generate offline
 * @param apollo how to reach Apollo for cold-dm enrichment, or {@code null} for no enrichment
 * @param canvaTemplateUrl the Canva template carousels link to, or {@code null} for none
 * @param billing Stripe and the server's public URL
 * @param smtp the SMTP server e-mails go through, or {@code null} to log e-mails instead
 * @param limits the per-user and per-IP request rate limits of this replica
 * @param openAiConcurrency how many generations may call OpenAI at once in this replica, and how long one waits
 */
public record ServerConfig(
    int port,
    ExternalDatabase database,
    Path dataDir,
    int dbPoolSize,
    Duration dbConnectTimeout,
    Jwt jwt,
    boolean devAuth,
    Keycloak keycloak,
    Duration shutdownGrace,
    int maxBodyBytes,
    OpenAiConfig openAi,
    ApolloConfig apollo,
    URI canvaTemplateUrl,
    Billing billing,
    Smtp smtp,
    LimitSettings limits,
    ConcurrencySettings openAiConcurrency) {
  /** The variable holding each plan's Stripe price id. */
  private static final Map<Plan, ConfigVariable> PRICES = Map.of(
      Plan.FOUNDING, STRIPE_PRICE_FOUNDING,
      Plan.MONTHLY_SINGLE, STRIPE_PRICE_MONTHLY_SINGLE,
      Plan.MONTHLY_BUNDLE, STRIPE_PRICE_MONTHLY_BUNDLE,
      Plan.ANNUAL_SINGLE, STRIPE_PRICE_ANNUAL_SINGLE,
      Plan.ANNUAL_BUNDLE, STRIPE_PRICE_ANNUAL_BUNDLE);


  /**
   * An external PostgreSQL.
   *
   * @param url the JDBC URL
   * @param user the user, or {@code null} when the URL carries it
   * @param password the password, or {@code null}
   */
  public record ExternalDatabase(String url, String user, String password) {
    @Override
    public String toString() {
      return "ExternalDatabase[url=" + url + ", user=" + user + ", password=" + (password == null ? null : "***") + "]";
    }
  }

  /**
   * What a bearer token must carry to be accepted.
   *
   * @param jwksUrl where the issuer publishes its keys, or {@code null} in dev mode
   * @param issuer the required {@code iss}, or {@code null} in dev mode
   * @param audience the required {@code aud}
   */
  public record Jwt(URI jwksUrl, String issuer, String audience) {}

  /**
   * The Keycloak client used for {@code /auth/exchange-token} and {@code /auth/refresh}.
   *
   * @param url Keycloak's base URL
   * @param realm the realm
   * @param clientId the client id
   * @param clientSecret the client secret, or {@code null} for a public client
   */
  public record Keycloak(URI url, String realm, String clientId, String clientSecret) {
    @Override
    public String toString() {
      return "Keycloak[url=" + url + ", realm=" + realm + ", clientId=" + clientId + ", clientSecret="
          + (clientSecret == null ? null : "***") + "]";
    }
  }

  /**
   * Stripe, and where the server is reachable.
   *
   * @param stripeSecretKey the Stripe secret key, or {@code null} when checkout does not go through Stripe
   * @param webhookSecret the webhook signing secret, or {@code null}
   * @param stripeApiBase the Stripe API's base URL
   * @param prices the Stripe price id of each plan; all five with a secret key, otherwise empty
   * @param publicUrl the server's public base URL, or {@code null} to use the request's
   * @param stripeConnectTimeout the limit to open a connection to Stripe
   * @param stripeReadTimeout the limit for Stripe's answer to one request
   */
  public record Billing(String stripeSecretKey, String webhookSecret, URI stripeApiBase, Map<Plan, String> prices,
      URI publicUrl, Duration stripeConnectTimeout, Duration stripeReadTimeout) {
    /** The limit to open a connection to Stripe unless configured otherwise. */
    public static final Duration DEFAULT_STRIPE_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The limit for Stripe's answer to one request unless configured otherwise. */
    public static final Duration DEFAULT_STRIPE_READ_TIMEOUT = Duration.ofSeconds(20);

    /** Copies the prices. */
    public Billing {
      prices = prices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(prices));
    }

    /**
     * Billing with the default Stripe timeouts.
     *
     * @param stripeSecretKey the Stripe secret key, or {@code null}
     * @param webhookSecret the webhook signing secret, or {@code null}
     * @param stripeApiBase the Stripe API's base URL
     * @param prices the Stripe price id of each plan
     * @param publicUrl the server's public base URL, or {@code null}
     */
    public Billing(String stripeSecretKey, String webhookSecret, URI stripeApiBase, Map<Plan, String> prices,
        URI publicUrl) {
      this(stripeSecretKey, webhookSecret, stripeApiBase, prices, publicUrl, DEFAULT_STRIPE_CONNECT_TIMEOUT,
          DEFAULT_STRIPE_READ_TIMEOUT);
    }

    @Override
    public String toString() {
      return "Billing[stripeSecretKey=" + (stripeSecretKey == null ? null : "***") + ", webhookSecret="
          + (webhookSecret == null ? null : "***") + ", stripeApiBase=" + stripeApiBase + ", prices=" + prices
          + ", publicUrl=" + publicUrl + ", stripeConnectTimeout=" + stripeConnectTimeout + ", stripeReadTimeout="
          + stripeReadTimeout + "]";
    }
  }

  /**
   * The SMTP server e-mails are sent through.
   *
   * @param host the host
   * @param port the port
   * @param user the user, or {@code null} for no authentication
   * @param password the password, or {@code null}
   * @param from the sender address
   * @param startTls whether STARTTLS is required
   */
  public record Smtp(String host, int port, String user, String password, String from, boolean startTls) {
    @Override
    public String toString() {
      return "Smtp[host=" + host + ", port=" + port + ", user=" + user + ", password="
          + (password == null ? null : "***") + ", from=" + from + ", startTls=" + startTls + "]";
    }
  }

  /** @return whether the server runs its own embedded PostgreSQL */
  public boolean embeddedDatabase() {
    return database == null;
  }

  /**
   * Reads the settings from environment variables. Unset and empty variables take their defaults.
   *
   * @param env the environment, such as {@link System#getenv()}
   * @param home the user's home directory, for the default data directory and a leading {@code ~}
   * @return the settings
   * @throws InvalidConfigException naming the first variable that holds an unusable value
   */
  public static ServerConfig fromEnv(Map<String, String> env, Path home) {
    Env in = new Env(env);
    String databaseUrl = in.text(DATABASE_URL);
    ExternalDatabase database = null;
    if (databaseUrl != null) {
      if (!databaseUrl.startsWith("jdbc:postgresql:")) {
        throw in.invalid(DATABASE_URL, "a JDBC URL starting with jdbc:postgresql:");
      }
      database = new ExternalDatabase(databaseUrl, in.text(DATABASE_USER), in.text(DATABASE_PASSWORD));
    }
    String issuer = in.text(JWT_ISSUER);
    Jwt jwt = new Jwt(in.httpUrl(JWT_JWKS_URL), issuer, in.text(JWT_AUDIENCE));
    Boolean forcedDevAuth = in.bool(DEV_AUTH);
    boolean devAuth = forcedDevAuth != null ? forcedDevAuth : issuer == null && database == null;
    if (devAuth && issuer != null) {
      throw new InvalidConfigException(DEV_AUTH.key() + "=true cannot be combined with " + JWT_ISSUER.key()
          + ": dev tokens and the issuer's tokens would both be accepted; unset one of them");
    }
    if (!devAuth && (jwt.issuer() == null || jwt.jwksUrl() == null)) {
      throw new InvalidConfigException(JWT_ISSUER.key() + " and " + JWT_JWKS_URL.key()
          + " are required when dev mode is off (dev mode is on by default only with the embedded database and no"
          + " issuer; " + DEV_AUTH.key() + "=true forces it)");
    }
    return new ServerConfig(
        in.integer(PORT, 0, 65_535),
        database,
        in.path(DATA_DIR, home),
        in.integer(DB_POOL_SIZE, 1, 200),
        Duration.ofMillis(in.integer(DB_CONNECT_TIMEOUT_MS, 250, 60_000)),
        jwt,
        devAuth,
        keycloak(in),
        Duration.ofSeconds(in.integer(SHUTDOWN_GRACE_SECONDS, 0, 300)),
        in.integer(MAX_BODY_BYTES, 1024, 16 * 1024 * 1024),
        UpstreamSettings.openAi(in),
        UpstreamSettings.apollo(in),
        UpstreamSettings.canvaTemplate(in),
        billing(in),
        smtp(in),
        limits(in),
        UpstreamSettings.openAiConcurrency(in));
  }

  private static LimitSettings limits(Env in) {
    RateLimit perUser = RateLimit.perSecond(in.integer(RATE_LIMIT_PER_USER, 0, 100_000));
    RateLimit perIp = RateLimit.perSecond(in.integer(RATE_LIMIT_PER_IP, 0, 100_000));
    try {
      return new LimitSettings(perUser, perIp, TrustedProxies.parse(in.text(TRUSTED_PROXIES)));
    } catch (IllegalArgumentException e) {
      throw in.invalid(TRUSTED_PROXIES, "a comma-separated list of IP addresses and CIDR ranges (" + e.getMessage()
          + ")");
    }
  }

  private static Billing billing(Env in) {
    String key = in.text(STRIPE_SECRET_KEY);
    String webhookSecret = in.text(STRIPE_WEBHOOK_SECRET);
    URI apiBase = in.httpUrl(STRIPE_API_BASE);
    URI publicUrl = in.httpUrl(PUBLIC_URL);
    Duration connectTimeout = in.millis(STRIPE_CONNECT_TIMEOUT_MS, 1, 600_000);
    Duration readTimeout = in.millis(STRIPE_READ_TIMEOUT_MS, 1, 600_000);
    Map<Plan, String> prices = new EnumMap<>(Plan.class);
    if (key == null) {
      return new Billing(null, webhookSecret, apiBase, prices, publicUrl, connectTimeout, readTimeout);
    }
    if (!key.startsWith("sk_") && !key.startsWith("rk_")) {
      throw in.invalid(STRIPE_SECRET_KEY, "a Stripe secret or restricted key (sk_... or rk_...)");
    }
    if (webhookSecret == null) {
      throw new InvalidConfigException(STRIPE_WEBHOOK_SECRET.key() + " is required with " + STRIPE_SECRET_KEY.key()
          + ": without it Stripe's webhook events cannot be verified, and no purchase would ever complete");
    }
    for (Plan plan : Plan.values()) {
      ConfigVariable variable = PRICES.get(plan);
      if (variable == null) {
        continue;
      }
      String price = in.text(variable);
      if (price == null) {
        throw new InvalidConfigException(variable.key() + " is required with " + STRIPE_SECRET_KEY.key());
      }
      prices.put(plan, price);
    }
    return new Billing(key, webhookSecret, apiBase, prices, publicUrl, connectTimeout, readTimeout);
  }

  private static Smtp smtp(Env in) {
    String host = in.text(SMTP_HOST);
    if (host == null) {
      return null;
    }
    String from = in.text(SMTP_FROM);
    try {
      new InternetAddress(from, true);
    } catch (AddressException e) {
      throw in.invalid(SMTP_FROM, "an e-mail address such as Konqer <no-reply@konqer.app>");
    }
    return new Smtp(host, in.integer(SMTP_PORT, 1, 65_535), in.text(SMTP_USER), in.text(SMTP_PASSWORD), from,
        Boolean.TRUE.equals(in.bool(SMTP_STARTTLS)));
  }

  private static Keycloak keycloak(Env in) {
    URI url = in.httpUrl(KEYCLOAK_URL);
    String realm = in.text(KEYCLOAK_REALM);
    String clientId = in.text(KEYCLOAK_CLIENT_ID);
    String secret = in.text(KEYCLOAK_CLIENT_SECRET);
    if (url == null && realm == null && clientId == null && secret == null) {
      return null;
    }
    for (ConfigVariable required : new ConfigVariable[] {KEYCLOAK_URL, KEYCLOAK_REALM, KEYCLOAK_CLIENT_ID}) {
      if (in.text(required) == null) {
        throw new InvalidConfigException(required.key() + " is required when any KONQER_KEYCLOAK_* variable is set");
      }
    }
    return new Keycloak(url, realm, clientId, secret);
  }

  /** Typed reads of environment variables, each failing with a message that names the variable. */
  static final class Env {
    private final Map<String, String> values;

    Env(Map<String, String> values) {
      this.values = values;
    }

    String text(ConfigVariable variable) {
      String value = values.get(variable.key());
      if (value == null || value.isBlank()) {
        return variable.defaultValue();
      }
      return value.strip();
    }

    int integer(ConfigVariable variable, int min, int max) {
      String text = text(variable);
      try {
        int value = Integer.parseInt(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException ignored) {
        // Reported below with the accepted range.
      }
      throw invalid(variable, "an integer from " + min + " to " + max);
    }

    Boolean bool(ConfigVariable variable) {
      String text = text(variable);
      if (text == null) {
        return null;
      }
      return switch (text.toLowerCase(Locale.ROOT)) {
        case "true" -> true;
        case "false" -> false;
        default -> throw invalid(variable, "true or false");
      };
    }

    URI httpUrl(ConfigVariable variable) {
      String text = text(variable);
      if (text == null) {
        return null;
      }
      try {
        URI uri = new URI(text);
        String scheme = uri.getScheme();
        if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
          return uri;
        }
      } catch (URISyntaxException ignored) {
        // Reported below.
      }
      throw invalid(variable, "an absolute http or https URL");
    }

    Path path(ConfigVariable variable, Path home) {
      String text = text(variable);
      try {
        Path path = text.equals("~") ? home
            : text.startsWith("~/") ? home.resolve(text.substring(2)) : Path.of(text);
        return path.toAbsolutePath().normalize();
      } catch (InvalidPathException e) {
        throw invalid(variable, "a directory path");
      }
    }

    Long longInteger(ConfigVariable variable) {
      String text = text(variable);
      if (text == null) {
        return null;
      }
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw invalid(variable, "an integer");
      }
    }

    Double decimal(ConfigVariable variable, double min, double max) {
      String text = text(variable);
      if (text == null) {
        return null;
      }
      try {
        double value = Double.parseDouble(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException ignored) {
        // Reported below with the accepted range.
      }
      throw invalid(variable, "a number from " + min + " to " + max);
    }

    Duration millis(ConfigVariable variable, int min, int max) {
      return Duration.ofMillis(integer(variable, min, max));
    }

    InvalidConfigException invalid(ConfigVariable variable, String expected) {
      String shown = variable.secret() ? "" : ", but is '" + values.get(variable.key()) + "'";
      return new InvalidConfigException(variable.key() + " must be " + expected + shown);
    }
  }
}
