package app.konqer.server.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApolloConfigTest {
  @Test
  void isAbsentWithoutAKey() {
    assertThat(ApolloConfig.fromEnvironment(Map.of())).isEmpty();
    assertThat(ApolloConfig.fromEnvironment(Map.of("KONQER_APOLLO_API_KEY", ""))).isEmpty();
  }

  @Test
  void usesTheDefaultsForWhatIsNotSet() {
    ApolloConfig config = ApolloConfig.fromEnvironment(Map.of("KONQER_APOLLO_API_KEY", "k")).orElseThrow();

    assertThat(config.baseUrl().toString()).isEqualTo("https://api.apollo.io/api");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void readsEveryVariable() {
    ApolloConfig config = ApolloConfig.fromEnvironment(Map.of(
        "KONQER_APOLLO_API_KEY", "k",
        "KONQER_APOLLO_BASE_URL", "http://localhost:8089/apollo",
        "KONQER_APOLLO_CONNECT_TIMEOUT_MS", "500",
        "KONQER_APOLLO_CALL_TIMEOUT_MS", "1500")).orElseThrow();

    assertThat(config.baseUrl().toString()).isEqualTo("http://localhost:8089/apollo");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void namesTheVariableThatCannotBeRead() {
    assertThatThrownBy(() -> ApolloConfig.fromEnvironment(
        Map.of("KONQER_APOLLO_API_KEY", "k", "KONQER_APOLLO_CALL_TIMEOUT_MS", "five")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KONQER_APOLLO_CALL_TIMEOUT_MS is not valid: 'five'");
  }

  @Test
  void neverPrintsTheKey() {
    assertThat(ApolloConfig.of("apollo-secret").toString()).doesNotContain("apollo-secret");
  }
}
