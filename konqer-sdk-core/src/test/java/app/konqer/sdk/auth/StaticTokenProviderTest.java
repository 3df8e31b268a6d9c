package app.konqer.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaticTokenProviderTest {

  @Test
  void returnsItsTokenEvenAfterTheApiRefusedIt() {
    StaticTokenProvider provider = new StaticTokenProvider("kq_live_123");

    provider.invalidate("kq_live_123");

    assertThat(provider.token()).isEqualTo("kq_live_123");
  }

  @Test
  void neverShowsTheToken() {
    assertThat(new StaticTokenProvider("kq_live_123")).hasToString("StaticTokenProvider[token=***]");
  }

  @Test
  void rejectsATokenWithItsBearerPrefix() {
    assertThatThrownBy(() -> new StaticTokenProvider("Bearer kq_live_123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without the 'Bearer ' prefix")
        .hasMessageNotContaining("kq_live_123");
  }

  @Test
  void rejectsAnEmptyToken() {
    assertThatThrownBy(() -> new StaticTokenProvider("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StaticTokenProvider(null)).isInstanceOf(NullPointerException.class);
  }
}
