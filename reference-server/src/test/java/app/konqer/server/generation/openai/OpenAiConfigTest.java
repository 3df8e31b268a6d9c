package app.konqer.server.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class OpenAiConfigTest {
  @Test
  void theDefaultsForAKey() {
    OpenAiConfig config = OpenAiConfig.of("sk-1");

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
  void neverPrintsTheKey() {
    assertThat(OpenAiConfig.of("sk-secret-123").toString()).doesNotContain("sk-secret-123").contains("gpt-4o");
  }
}
