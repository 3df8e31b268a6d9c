package app.konqer.server.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApolloConfigTest {
  @Test
  void theDefaultsForAKey() {
    ApolloConfig config = ApolloConfig.of("k");

    assertThat(config.baseUrl().toString()).isEqualTo("https://api.apollo.io/api");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void neverPrintsTheKey() {
    assertThat(ApolloConfig.of("apollo-secret").toString()).doesNotContain("apollo-secret");
  }
}
