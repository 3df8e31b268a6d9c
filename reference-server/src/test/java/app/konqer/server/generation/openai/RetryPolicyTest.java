package app.konqer.server.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private final RetryPolicy generous =
      new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(10));

  @Test
  void doublesTheBackoffUpToItsCap() {
    assertThat(generous.nextDelay(1, Duration.ZERO, Optional.empty(), 0)).contains(Duration.ofMillis(500));
    assertThat(generous.nextDelay(2, Duration.ZERO, Optional.empty(), 0)).contains(Duration.ofSeconds(1));
    assertThat(generous.nextDelay(3, Duration.ZERO, Optional.empty(), 0)).contains(Duration.ofSeconds(2));
    assertThat(generous.nextDelay(5, Duration.ZERO, Optional.empty(), 0)).contains(Duration.ofSeconds(8));
    assertThat(generous.nextDelay(9, Duration.ZERO, Optional.empty(), 0)).contains(Duration.ofSeconds(8));
  }

  @Test
  void takesUpToAQuarterOffForJitter() {
    assertThat(generous.nextDelay(2, Duration.ZERO, Optional.empty(), 0.5)).contains(Duration.ofMillis(875));
    assertThat(generous.nextDelay(2, Duration.ZERO, Optional.empty(), 0.999).orElseThrow())
        .isGreaterThan(Duration.ofMillis(750));
  }

  @Test
  void stopsAfterTheLastAttempt() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.nextDelay(2, Duration.ZERO, Optional.empty(), 0)).isPresent();
    assertThat(policy.nextDelay(3, Duration.ZERO, Optional.empty(), 0)).isEmpty();
    assertThat(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO)
        .nextDelay(1, Duration.ZERO, Optional.empty(), 0)).isEmpty();
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void followsTheServerWithinTheWaitBudget() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.nextDelay(1, Duration.ZERO, Optional.of(Duration.ofSeconds(12)), 0))
        .contains(Duration.ofSeconds(12));
    assertThat(policy.nextDelay(2, Duration.ofSeconds(12), Optional.of(Duration.ofSeconds(9)), 0)).isEmpty();
    assertThat(policy.nextDelay(2, Duration.ofSeconds(12), Optional.of(Duration.ofSeconds(8)), 0))
        .contains(Duration.ofSeconds(8));
  }

  @Test
  void retriesRateLimitsAndServerErrorsOnly() {
    assertThat(RetryPolicy.isRetryable(429)).isTrue();
    assertThat(RetryPolicy.isRetryable(500)).isTrue();
    assertThat(RetryPolicy.isRetryable(503)).isTrue();
    assertThat(RetryPolicy.isRetryable(400)).isFalse();
    assertThat(RetryPolicy.isRetryable(401)).isFalse();
    assertThat(RetryPolicy.isRetryable(404)).isFalse();
  }

  @Test
  void readsTheWaitTheServerAsksFor() {
    assertThat(delay("retry-after-ms", "250.5")).contains(Duration.ofNanos(250_500_000));
    assertThat(delay("Retry-After", "2")).contains(Duration.ofSeconds(2));
    assertThat(delay("Retry-After", "1.5")).contains(Duration.ofMillis(1500));
    assertThat(delay("Retry-After", "Sat, 01 Mar 2025 12:00:30 GMT")).contains(Duration.ofSeconds(30));
    assertThat(delay("Retry-After", "Sat, 01 Mar 2025 11:59:00 GMT")).contains(Duration.ZERO);
    assertThat(delay("Retry-After", "soon")).isEmpty();
    assertThat(delay("Retry-After", "-3")).isEmpty();
    assertThat(delay("retry-after-ms", "NaN")).isEmpty();
    assertThat(RetryPolicy.serverDelay(Headers.of(), NOW)).isEmpty();
    assertThat(RetryPolicy.serverDelay(Headers.of("retry-after-ms", "x", "Retry-After", "4"), NOW))
        .contains(Duration.ofSeconds(4));
  }

  private static Optional<Duration> delay(String name, String value) {
    return RetryPolicy.serverDelay(Headers.of(name, value), NOW);
  }
}
