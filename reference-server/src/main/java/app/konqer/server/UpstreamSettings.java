package app.konqer.server;

import static app.konqer.server.ConfigVariable.APOLLO_API_KEY;
import static app.konqer.server.ConfigVariable.APOLLO_BASE_URL;
import static app.konqer.server.ConfigVariable.APOLLO_CALL_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.APOLLO_CONNECT_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.CANVA_TEMPLATE_URL;
import static app.konqer.server.ConfigVariable.OPENAI_API_KEY;
import static app.konqer.server.ConfigVariable.OPENAI_BASE_URL;
import static app.konqer.server.ConfigVariable.OPENAI_CALL_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.OPENAI_CONNECT_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.OPENAI_MAX_ATTEMPTS;
import static app.konqer.server.ConfigVariable.OPENAI_MAX_COMPLETION_TOKENS;
import static app.konqer.server.ConfigVariable.OPENAI_MAX_CONCURRENCY;
import static app.konqer.server.ConfigVariable.OPENAI_MAX_RETRY_WAIT_MS;
import static app.konqer.server.ConfigVariable.OPENAI_MODEL;
import static app.konqer.server.ConfigVariable.OPENAI_QUEUE_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.OPENAI_READ_TIMEOUT_MS;
import static app.konqer.server.ConfigVariable.OPENAI_SEED;
import static app.konqer.server.ConfigVariable.OPENAI_TEMPERATURE;

import app.konqer.server.ServerConfig.Env;
import app.konqer.server.enrichment.ApolloConfig;
import app.konqer.server.generation.openai.OpenAiConfig;
import app.konqer.server.generation.openai.RetryPolicy;
import app.konqer.server.limits.ConcurrencySettings;
import java.net.URI;
import okhttp3.HttpUrl;

/** Reads the settings of the services the server calls out to: OpenAI, Apollo and the Canva template. */
final class UpstreamSettings {
  private static final int MAX_TIMEOUT_MS = 600_000;

  private UpstreamSettings() {}

  /** OpenAI, or {@code null} without {@code OPENAI_API_KEY}. */
  static OpenAiConfig openAi(Env in) {
    String key = in.text(OPENAI_API_KEY);
    if (key == null) {
      return null;
    }
    RetryPolicy defaults = RetryPolicy.defaults();
    RetryPolicy retry = new RetryPolicy(in.integer(OPENAI_MAX_ATTEMPTS, 1, 10), defaults.initialBackoff(),
        defaults.maxBackoff(), in.millis(OPENAI_MAX_RETRY_WAIT_MS, 0, MAX_TIMEOUT_MS));
    return new OpenAiConfig(
        key,
        in.text(OPENAI_MODEL),
        HttpUrl.get(in.httpUrl(OPENAI_BASE_URL).toString()),
        in.millis(OPENAI_CONNECT_TIMEOUT_MS, 1, MAX_TIMEOUT_MS),
        in.millis(OPENAI_READ_TIMEOUT_MS, 1, MAX_TIMEOUT_MS),
        in.millis(OPENAI_CALL_TIMEOUT_MS, 1, MAX_TIMEOUT_MS),
        retry,
        in.decimal(OPENAI_TEMPERATURE, 0, 2),
        in.integer(OPENAI_MAX_COMPLETION_TOKENS, 1, 1_000_000),
        in.longInteger(OPENAI_SEED));
  }

  /** How many generations may call OpenAI at once, and how long one waits for its turn. */
  static ConcurrencySettings openAiConcurrency(Env in) {
    return new ConcurrencySettings(in.integer(OPENAI_MAX_CONCURRENCY, 1, 10_000),
        in.millis(OPENAI_QUEUE_TIMEOUT_MS, 0, MAX_TIMEOUT_MS));
  }

  /** Apollo, or {@code null} without {@code KONQER_APOLLO_API_KEY}. */
  static ApolloConfig apollo(Env in) {
    String key = in.text(APOLLO_API_KEY);
    if (key == null) {
      return null;
    }
    return new ApolloConfig(key,
        HttpUrl.get(in.httpUrl(APOLLO_BASE_URL).toString()),
        in.millis(APOLLO_CONNECT_TIMEOUT_MS, 1, MAX_TIMEOUT_MS),
        in.millis(APOLLO_CALL_TIMEOUT_MS, 1, MAX_TIMEOUT_MS));
  }

  /** The Canva template, an https URL, or {@code null}. */
  static URI canvaTemplate(Env in) {
    URI url = in.httpUrl(CANVA_TEMPLATE_URL);
    if (url != null && !"https".equalsIgnoreCase(url.getScheme())) {
      throw in.invalid(CANVA_TEMPLATE_URL, "an https URL");
    }
    return url;
  }
}
