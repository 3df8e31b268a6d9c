package app.konqer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.model.Plan;
import app.konqer.server.enrichment.ApolloConfig;
import app.konqer.server.generation.openai.OpenAiConfig;
import app.konqer.server.limits.ConcurrencySettings;
import app.konqer.server.limits.LimitSettings;
import app.konqer.server.limits.RateLimit;
import app.konqer.server.limits.TrustedProxies;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConfigTest {
  private static final Path HOME = Path.of("/home/ada");
  private static final Map<String, String> STRIPE = Map.of(
      "STRIPE_SECRET_KEY", "sk_test_123",
      "STRIPE_WEBHOOK_SECRET", "whsec_123",
      "KONQER_STRIPE_PRICE_FOUNDING", "price_f",
      "KONQER_STRIPE_PRICE_MONTHLY_SINGLE", "price_ms",
      "KONQER_STRIPE_PRICE_MONTHLY_BUNDLE", "price_mb",
      "KONQER_STRIPE_PRICE_ANNUAL_SINGLE", "price_as",
      "KONQER_STRIPE_PRICE_ANNUAL_BUNDLE", "price_ab");
  private static final Map<String, String> ISSUER = Map.of(
      "KONQER_JWT_ISSUER", "https://id.example.com/realms/konqer",
      "KONQER_JWT_JWKS_URL", "https://id.example.com/realms/konqer/protocol/openid-connect/certs");

  @Test
  void anEmptyEnvironmentRunsEmbeddedInDevMode() {
    ServerConfig config = ServerConfig.fromEnv(Map.of(), HOME);

    assertThat(config.port()).isEqualTo(4000);
    assertThat(config.embeddedDatabase()).isTrue();
    assertThat(config.dataDir()).isEqualTo(Path.of("/home/ada/.konqer/data"));
    assertThat(config.dbPoolSize()).isEqualTo(5);
    assertThat(config.dbConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.devAuth()).isTrue();
    assertThat(config.jwt()).isEqualTo(new ServerConfig.Jwt(null, null, "konqer-api"));
    assertThat(config.keycloak()).isNull();
    assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
    assertThat(config.maxBodyBytes()).isEqualTo(65_536);
    assertThat(config.openAi()).isNull();
    assertThat(config.apollo()).isNull();
    assertThat(config.canvaTemplateUrl()).isNull();
    assertThat(config.billing()).isEqualTo(new ServerConfig.Billing(null, null, URI.create("https://api.stripe.com"),
        Map.of(), null));
    assertThat(config.smtp()).isNull();
    assertThat(config.limits()).isEqualTo(new LimitSettings(new RateLimit(20, 40), new RateLimit(100, 200),
        TrustedProxies.none()));
    assertThat(config.openAiConcurrency()).isEqualTo(new ConcurrencySettings(64, Duration.ofSeconds(5)));
  }

  @Test
  void theRateLimitsTheProxiesAndTheOpenAiConcurrencyAreRead() {
    ServerConfig config = ServerConfig.fromEnv(Map.of(
        "KONQER_RATE_LIMIT_PER_USER", "0",
        "KONQER_RATE_LIMIT_PER_IP", "50",
        "KONQER_TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8::1",
        "KONQER_OPENAI_MAX_CONCURRENCY", "8",
        "KONQER_OPENAI_QUEUE_TIMEOUT_MS", "0",
        "KONQER_STRIPE_CONNECT_TIMEOUT_MS", "1000",
        "KONQER_STRIPE_READ_TIMEOUT_MS", "9000"), HOME);

    assertThat(config.limits().perUser()).isEqualTo(RateLimit.OFF);
    assertThat(config.limits().perIp()).isEqualTo(new RateLimit(50, 100));
    assertThat(config.limits().proxies().contains("10.20.30.40")).isTrue();
    assertThat(config.limits().proxies().contains("2001:db8::1")).isTrue();
    assertThat(config.limits().proxies().contains("192.0.2.1")).isFalse();
    assertThat(config.openAiConcurrency()).isEqualTo(new ConcurrencySettings(8, Duration.ZERO));
    assertThat(config.billing().stripeConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.billing().stripeReadTimeout()).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void stripeAndSmtpAreRead() {
    Map<String, String> env = new HashMap<>(STRIPE);
    env.putAll(Map.of(
        "KONQER_STRIPE_API_BASE", "http://localhost:12111",
        "KONQER_PUBLIC_URL", "https://api.konqer.app",
        "KONQER_SMTP_HOST", "smtp.example.com",
        "KONQER_SMTP_PORT", "2525",
        "KONQER_SMTP_USER", "konqer",
        "KONQER_SMTP_PASSWORD", "smtp-secret",
        "KONQER_SMTP_FROM", "Konqer <hello@konqer.app>",
        "KONQER_SMTP_STARTTLS", "false"));

    ServerConfig config = ServerConfig.fromEnv(env, HOME);

    assertThat(config.billing()).isEqualTo(new ServerConfig.Billing("sk_test_123", "whsec_123",
        URI.create("http://localhost:12111"), Map.of(
            Plan.FOUNDING, "price_f", Plan.MONTHLY_SINGLE, "price_ms", Plan.MONTHLY_BUNDLE, "price_mb",
            Plan.ANNUAL_SINGLE, "price_as", Plan.ANNUAL_BUNDLE, "price_ab"),
        URI.create("https://api.konqer.app")));
    assertThat(config.smtp()).isEqualTo(new ServerConfig.Smtp("smtp.example.com", 2525, "konqer", "smtp-secret",
        "Konqer <hello@konqer.app>", false));
    assertThat(config.toString()).doesNotContain("sk_test_123", "whsec_123", "smtp-secret");
    assertThat(ServerConfig.fromEnv(Map.of("KONQER_SMTP_HOST", "localhost"), HOME).smtp())
        .isEqualTo(new ServerConfig.Smtp("localhost", 587, null, null, "Konqer <no-reply@konqer.app>", true));
  }

  @Test
  void aStripeKeyNeedsTheWebhookSecretAndEveryPrice() {
    Map<String, String> noSecret = new HashMap<>(STRIPE);
    noSecret.remove("STRIPE_WEBHOOK_SECRET");
    Map<String, String> noPrice = new HashMap<>(STRIPE);
    noPrice.remove("KONQER_STRIPE_PRICE_ANNUAL_SINGLE");
    Map<String, String> publishableKey = new HashMap<>(STRIPE);
    publishableKey.put("STRIPE_SECRET_KEY", "pk_test_123");

    assertThatThrownBy(() -> ServerConfig.fromEnv(noSecret, HOME)).isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY");
    assertThatThrownBy(() -> ServerConfig.fromEnv(noPrice, HOME)).isInstanceOf(InvalidConfigException.class)
        .hasMessage("KONQER_STRIPE_PRICE_ANNUAL_SINGLE is required with STRIPE_SECRET_KEY");
    assertThatThrownBy(() -> ServerConfig.fromEnv(publishableKey, HOME)).isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("STRIPE_SECRET_KEY must be a Stripe secret or restricted key")
        .hasMessageNotContaining("pk_test_123");
    assertThatThrownBy(() -> ServerConfig.fromEnv(Map.of("KONQER_SMTP_HOST", "localhost", "KONQER_SMTP_FROM",
        "not an address"), HOME)).isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("KONQER_SMTP_FROM must be an e-mail address");
  }

  @Test
  void everyVariableIsRead() {
    ServerConfig config = ServerConfig.fromEnv(Map.ofEntries(
        Map.entry("PORT", "8080"),
        Map.entry("KONQER_DATABASE_URL", "jdbc:postgresql://db:5432/konqer"),
        Map.entry("KONQER_DATABASE_USER", "konqer"),
        Map.entry("KONQER_DATABASE_PASSWORD", "s3cret"),
        Map.entry("KONQER_DATA_DIR", "~/konqer-data"),
        Map.entry("KONQER_DB_POOL_SIZE", "12"),
        Map.entry("KONQER_DB_CONNECT_TIMEOUT_MS", "750"),
        Map.entry("KONQER_JWT_ISSUER", "https://id.example.com/realms/konqer"),
        Map.entry("KONQER_JWT_JWKS_URL", "https://id.example.com/certs"),
        Map.entry("KONQER_JWT_AUDIENCE", "crm"),
        Map.entry("KONQER_KEYCLOAK_URL", "https://id.example.com"),
        Map.entry("KONQER_KEYCLOAK_REALM", "konqer"),
        Map.entry("KONQER_KEYCLOAK_CLIENT_ID", "konqer-server"),
        Map.entry("KONQER_KEYCLOAK_CLIENT_SECRET", "kc-secret"),
        Map.entry("KONQER_SHUTDOWN_GRACE_SECONDS", "5"),
        Map.entry("KONQER_MAX_BODY_BYTES", "131072")), HOME);

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.database()).isEqualTo(
        new ServerConfig.ExternalDatabase("jdbc:postgresql://db:5432/konqer", "konqer", "s3cret"));
    assertThat(config.dataDir()).isEqualTo(Path.of("/home/ada/konqer-data"));
    assertThat(config.dbPoolSize()).isEqualTo(12);
    assertThat(config.dbConnectTimeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(config.jwt()).isEqualTo(new ServerConfig.Jwt(URI.create("https://id.example.com/certs"),
        "https://id.example.com/realms/konqer", "crm"));
    assertThat(config.devAuth()).isFalse();
    assertThat(config.keycloak()).isEqualTo(new ServerConfig.Keycloak(URI.create("https://id.example.com"), "konqer",
        "konqer-server", "kc-secret"));
    assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.maxBodyBytes()).isEqualTo(131_072);
  }

  @Test
  void anOpenAiKeyTakesTheDefaultsOfEverythingElse() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("OPENAI_API_KEY", " sk-1 "), HOME);

    assertThat(config.openAi()).isEqualTo(OpenAiConfig.of("sk-1"));
  }

  @Test
  void everyOpenAiVariableIsRead() {
    OpenAiConfig config = ServerConfig.fromEnv(Map.ofEntries(
        Map.entry("OPENAI_API_KEY", "sk-1"),
        Map.entry("KONQER_OPENAI_MODEL", "gpt-4o-mini"),
        Map.entry("KONQER_OPENAI_BASE_URL", "https://gateway.example/openai/v1"),
        Map.entry("KONQER_OPENAI_CONNECT_TIMEOUT_MS", "1500"),
        Map.entry("KONQER_OPENAI_READ_TIMEOUT_MS", "30000"),
        Map.entry("KONQER_OPENAI_CALL_TIMEOUT_MS", "45000"),
        Map.entry("KONQER_OPENAI_MAX_ATTEMPTS", "5"),
        Map.entry("KONQER_OPENAI_MAX_RETRY_WAIT_MS", "60000"),
        Map.entry("KONQER_OPENAI_TEMPERATURE", "0.7"),
        Map.entry("KONQER_OPENAI_MAX_COMPLETION_TOKENS", "2000"),
        Map.entry("KONQER_OPENAI_SEED", "7")), HOME).openAi();

    assertThat(config.apiKey()).isEqualTo("sk-1");
    assertThat(config.model()).isEqualTo("gpt-4o-mini");
    assertThat(config.baseUrl().toString()).isEqualTo("https://gateway.example/openai/v1");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(config.retry().maxAttempts()).isEqualTo(5);
    assertThat(config.retry().maxTotalWait()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.temperature()).isEqualTo(0.7);
    assertThat(config.maxCompletionTokens()).isEqualTo(2000);
    assertThat(config.seed()).isEqualTo(7L);
  }

  @Test
  void everyApolloVariableIsRead() {
    ServerConfig defaults = ServerConfig.fromEnv(Map.of("KONQER_APOLLO_API_KEY", "k"), HOME);
    ApolloConfig config = ServerConfig.fromEnv(Map.of(
        "KONQER_APOLLO_API_KEY", "k",
        "KONQER_APOLLO_BASE_URL", "http://localhost:8089/apollo",
        "KONQER_APOLLO_CONNECT_TIMEOUT_MS", "500",
        "KONQER_APOLLO_CALL_TIMEOUT_MS", "1500"), HOME).apollo();

    assertThat(defaults.apollo()).isEqualTo(ApolloConfig.of("k"));
    assertThat(config.apiKey()).isEqualTo("k");
    assertThat(config.baseUrl().toString()).isEqualTo("http://localhost:8089/apollo");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void theCanvaTemplateIsAnHttpsUrl() {
    assertThat(ServerConfig.fromEnv(Map.of("KONQER_CANVA_TEMPLATE_URL", "https://www.canva.com/design/DAF1/edit"),
        HOME).canvaTemplateUrl()).isEqualTo(URI.create("https://www.canva.com/design/DAF1/edit"));
    assertThatThrownBy(() -> ServerConfig.fromEnv(Map.of("KONQER_CANVA_TEMPLATE_URL", "http://canva.example/x"),
        HOME)).hasMessageStartingWith("KONQER_CANVA_TEMPLATE_URL must be an https URL");
  }

  @Test
  void upstreamKeysStayOutOfMessagesAndToString() {
    ServerConfig config = ServerConfig.fromEnv(Map.of("OPENAI_API_KEY", "sk-secret", "KONQER_APOLLO_API_KEY",
        "apollo-secret"), HOME);

    assertThat(config.toString()).doesNotContain("sk-secret", "apollo-secret");
  }

  @Test
  void secretsStayOutOfToString() {
    ServerConfig config = ServerConfig.fromEnv(Map.of(
        "KONQER_DATABASE_URL", "jdbc:postgresql://db/konqer",
        "KONQER_DATABASE_PASSWORD", "s3cret",
        "KONQER_DEV_AUTH", "true",
        "KONQER_KEYCLOAK_URL", "https://id.example.com",
        "KONQER_KEYCLOAK_REALM", "konqer",
        "KONQER_KEYCLOAK_CLIENT_ID", "konqer-server",
        "KONQER_KEYCLOAK_CLIENT_SECRET", "kc-secret"), HOME);

    assertThat(config.toString()).doesNotContain("s3cret", "kc-secret");
  }

  @Test
  void anIssuerTurnsDevModeOff() {
    assertThat(ServerConfig.fromEnv(ISSUER, HOME).devAuth()).isFalse();
  }

  @Test
  void devModeCannotBeForcedOnNextToAnIssuer() {
    assertThatThrownBy(() -> ServerConfig.fromEnv(Map.of("KONQER_DEV_AUTH", "true",
        "KONQER_JWT_ISSUER", "https://id.example.com/realms/konqer",
        "KONQER_JWT_JWKS_URL", "https://id.example.com/realms/konqer/protocol/openid-connect/certs"), HOME))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("KONQER_DEV_AUTH=true cannot be combined with KONQER_JWT_ISSUER");
  }

  @Test
  void devModeCanBeForcedOnWithAnExternalDatabase() {
    assertThat(ServerConfig.fromEnv(Map.of("KONQER_DEV_AUTH", "TRUE",
        "KONQER_DATABASE_URL", "jdbc:postgresql://db/konqer"), HOME).devAuth()).isTrue();
  }

  @Test
  void anExternalDatabaseWithoutAnIssuerMustChoose() {
    assertThatThrownBy(() -> ServerConfig.fromEnv(Map.of("KONQER_DATABASE_URL", "jdbc:postgresql://db/konqer"), HOME))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("KONQER_JWT_ISSUER")
        .hasMessageContaining("KONQER_DEV_AUTH=true");
  }

  @Test
  void devModeForcedOffNeedsAnIssuer() {
    assertThatThrownBy(() -> ServerConfig.fromEnv(Map.of("KONQER_DEV_AUTH", "false"), HOME))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("KONQER_JWT_JWKS_URL");
  }

  @Test
  void blankValuesTakeTheirDefaults() {
    assertThat(ServerConfig.fromEnv(Map.of("PORT", " ", "KONQER_DATABASE_URL", ""), HOME).port()).isEqualTo(4000);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PORT|http|PORT must be an integer from 0 to 65535, but is 'http'",
      "PORT|70000|PORT must be an integer from 0 to 65535, but is '70000'",
      "KONQER_DB_POOL_SIZE|0|KONQER_DB_POOL_SIZE must be an integer from 1 to 200",
      "KONQER_DB_CONNECT_TIMEOUT_MS|10|KONQER_DB_CONNECT_TIMEOUT_MS must be an integer from 250 to 60000",
      "KONQER_SHUTDOWN_GRACE_SECONDS|-1|KONQER_SHUTDOWN_GRACE_SECONDS must be an integer from 0 to 300",
      "KONQER_MAX_BODY_BYTES|1e6|KONQER_MAX_BODY_BYTES must be an integer from 1024 to 16777216",
      "KONQER_DEV_AUTH|yes|KONQER_DEV_AUTH must be true or false, but is 'yes'",
      "KONQER_JWT_JWKS_URL|ftp://x/certs|KONQER_JWT_JWKS_URL must be an absolute http or https URL",
      "KONQER_KEYCLOAK_URL|not a url|KONQER_KEYCLOAK_URL must be an absolute http or https URL",
      "KONQER_DATABASE_URL|postgres://u:pw@db/konqer|KONQER_DATABASE_URL must be a JDBC URL starting with"
          + " jdbc:postgresql:",
      "KONQER_OPENAI_READ_TIMEOUT_MS|30s|KONQER_OPENAI_READ_TIMEOUT_MS must be an integer from 1 to 600000",
      "KONQER_OPENAI_BASE_URL|api.openai.com|KONQER_OPENAI_BASE_URL must be an absolute http or https URL",
      "KONQER_OPENAI_TEMPERATURE|hot|KONQER_OPENAI_TEMPERATURE must be a number from 0.0 to 2.0",
      "KONQER_OPENAI_SEED|x|KONQER_OPENAI_SEED must be an integer",
      "KONQER_APOLLO_CALL_TIMEOUT_MS|five|KONQER_APOLLO_CALL_TIMEOUT_MS must be an integer from 1 to 600000",
      "KONQER_RATE_LIMIT_PER_USER|-1|KONQER_RATE_LIMIT_PER_USER must be an integer from 0 to 100000",
      "KONQER_RATE_LIMIT_PER_IP|10/s|KONQER_RATE_LIMIT_PER_IP must be an integer from 0 to 100000",
      "KONQER_TRUSTED_PROXIES|proxy.internal|KONQER_TRUSTED_PROXIES must be a comma-separated list of IP addresses"
          + " and CIDR ranges",
      "KONQER_OPENAI_MAX_CONCURRENCY|0|KONQER_OPENAI_MAX_CONCURRENCY must be an integer from 1 to 10000",
      "KONQER_OPENAI_QUEUE_TIMEOUT_MS|-5|KONQER_OPENAI_QUEUE_TIMEOUT_MS must be an integer from 0 to 600000",
      "KONQER_STRIPE_READ_TIMEOUT_MS|0|KONQER_STRIPE_READ_TIMEOUT_MS must be an integer from 1 to 600000"})
  void anInvalidValueFailsNamingTheVariable(String variable, String value, String message) {
    Map<String, String> env = new HashMap<>(Map.of("KONQER_DEV_AUTH", "true", "OPENAI_API_KEY", "sk-1",
        "KONQER_APOLLO_API_KEY", "k"));
    env.put(variable, value);

    assertThatThrownBy(() -> ServerConfig.fromEnv(env, HOME))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining("pw@");
  }

  @Test
  void aPartialKeycloakSetupNamesWhatIsMissing() {
    assertThatThrownBy(() -> ServerConfig.fromEnv(Map.of("KONQER_KEYCLOAK_URL", "https://id.example.com"), HOME))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage("KONQER_KEYCLOAK_REALM is required when any KONQER_KEYCLOAK_* variable is set");
  }

  @Test
  void everyVariableIsDocumented() {
    for (ConfigVariable variable : ConfigVariable.values()) {
      assertThat(variable.key()).matches("PORT|OPENAI_API_KEY|KONQER_[A-Z_]+|STRIPE_(SECRET_KEY|WEBHOOK_SECRET)");
      assertThat(variable.meaning()).isNotBlank().endsWith(".");
    }
  }
}
