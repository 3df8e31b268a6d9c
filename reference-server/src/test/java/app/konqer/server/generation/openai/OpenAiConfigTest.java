package app.konqer.server.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class OpenAiConfigTest {
  @Test
  void isAbsentWithoutAKey() {
    assertThat(OpenAiConfig.fromEnvironment(Map.of())).isEmpty();
    assertThat(OpenAiConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "  "))).isEmpty();
  }

  @Test
  void usesTheDefaultsForWhatIsNotSet() {
    OpenAiConfig config = OpenAiConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-1")).orElseThrow();

    assertThat(config).isEqualTo(OpenAiConfig.of("sk-1"));
    assertThat(config.model()).isEqualTo("gpt-4o");
    assertThat(config.baseUrl()).isEqualTo(HttpUrl.get("https://api.openai.com/v1"));
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.retry()).isEqualTo(RetryPolicy.defaults());
    assertThat(config.maxCompletionTokens()).isEqualTo(4096);
    assertThat(config.temperature()).isNull();
    assertThat(config.seed()).isNull();
  }

  @Test
  void readsEveryVariable() {
    OpenAiConfig config = OpenAiConfig.fromEnvironment(Map.ofEntries(
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
        Map.entry("KONQER_OPENAI_SEED", "7"))).orElseThrow();

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
  void namesTheVariableThatCannotBeRead() {
    assertThatThrownBy(() -> OpenAiConfig.fromEnvironment(
        Map.of("OPENAI_API_KEY", "sk-1", "KONQER_OPENAI_READ_TIMEOUT_MS", "30s")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KONQER_OPENAI_READ_TIMEOUT_MS is not valid: '30s'");
    assertThatThrownBy(() -> OpenAiConfig.fromEnvironment(
        Map.of("OPENAI_API_KEY", "sk-1", "KONQER_OPENAI_BASE_URL", "api.openai.com")))
        .hasMessage("KONQER_OPENAI_BASE_URL is not valid: 'api.openai.com'");
  }

  @Test
  void neverPrintsTheKey() {
    assertThat(OpenAiConfig.of("sk-secret-123").toString()).doesNotContain("sk-secret-123").contains("gpt-4o");
  }
}
