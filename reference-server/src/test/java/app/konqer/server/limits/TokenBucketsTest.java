package app.konqer.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The token buckets behind the rate limits: the burst, the refill, the wait they report, and bounded memory. */
class TokenBucketsTest {
  private static final long MILLIS = 1_000_000L;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));

  @Test
  void aQuietClientMaySendTheBurstAtOnceAndThenWaitsOneIntervalPerRequest() {
    TokenBuckets buckets = new TokenBuckets(RateLimit.perSecond(10), 100, clock);

    for (int i = 0; i < 20; i++) {
      assertThat(buckets.take("203.0.113.7")).as("request %d of the burst", i + 1).isZero();
    }
    assertThat(buckets.take("203.0.113.7")).isEqualTo(100 * MILLIS);

    clock.advance(Duration.ofMillis(99));
    assertThat(buckets.take("203.0.113.7")).isEqualTo(MILLIS);
    clock.advance(Duration.ofMillis(1));
    assertThat(buckets.take("203.0.113.7")).isZero();
    assertThat(buckets.take("203.0.113.7")).isEqualTo(100 * MILLIS);
  }

  @Test
  void aRefusedRequestTakesNoToken() {
    TokenBuckets buckets = new TokenBuckets(new RateLimit(1, 1), 100, clock);
    assertThat(buckets.take("user-a")).isZero();

    for (int i = 0; i < 50; i++) {
      assertThat(buckets.take("user-a")).isPositive();
    }
    clock.advance(Duration.ofSeconds(1));

    assertThat(buckets.take("user-a")).isZero();
  }

  @Test
  void keysHaveTheirOwnBuckets() {
    TokenBuckets buckets = new TokenBuckets(new RateLimit(1, 1), 100, clock);

    assertThat(buckets.take("user-a")).isZero();
    assertThat(buckets.take("user-a")).isPositive();
    assertThat(buckets.take("user-b")).isZero();
  }

  @Test
  void aSustainedClientGetsExactlyTheRate() {
    TokenBuckets buckets = new TokenBuckets(RateLimit.perSecond(20), 100, clock);
    int accepted = 0;
    for (int millis = 0; millis < 10_000; millis++) {
      for (int i = 0; i < 5; i++) {
        if (buckets.take("busy") == 0) {
          accepted++;
        }
      }
      clock.advance(Duration.ofMillis(1));
    }

    // The burst of 40, then 20 a second for 10 seconds.
    assertThat(accepted).isEqualTo(40 + 200 - 1);
  }

  @Test
  void idleBucketsAreForgottenAndAFloodOfDistinctKeysCannotGrowTheTable() {
    TokenBuckets buckets = new TokenBuckets(new RateLimit(1, 1), 1_000, clock);
    assertThat(buckets.take("abuser")).isZero();

    for (int i = 0; i < 100_000; i++) {
      buckets.take("198.51." + (i / 256) + "." + (i % 256));
    }

    assertThat(buckets.trackedKeys()).isEqualTo(1_000);
    assertThat(buckets.take("abuser")).as("a tracked client stays limited during the flood").isPositive();

    clock.advance(Duration.ofSeconds(2));
    assertThat(buckets.take("newcomer")).isZero();
    assertThat(buckets.trackedKeys()).as("the full buckets were swept out").isEqualTo(1);
  }

  @Test
  void newKeysShareOneOverflowBucketWhileTheTableIsFullOfBusyOnes() {
    TokenBuckets buckets = new TokenBuckets(new RateLimit(1, 1), 2, clock);
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("b")).isZero();

    assertThat(buckets.take("c")).isZero();
    assertThat(buckets.take("d")).as("d shares c's overflow bucket").isPositive();
    assertThat(buckets.take("a")).isPositive();
  }
}
