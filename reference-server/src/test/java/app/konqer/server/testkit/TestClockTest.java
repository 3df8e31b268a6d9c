package app.konqer.server.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestClockTest {
  private static final Instant START = Instant.parse("2026-03-01T23:30:00Z");

  @Test
  void aViewInAnotherZoneMovesWithTheClock() {
    TestClock clock = new TestClock(START);
    Clock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));

    assertThat(tokyo.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(LocalDate.now(tokyo)).isEqualTo(LocalDate.of(2026, 3, 2));

    clock.advance(Duration.ofDays(7));

    assertThat(tokyo.instant()).isAfterOrEqualTo(START.plus(Duration.ofDays(7)));
    assertThat(LocalDate.now(tokyo)).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(tokyo.withZone(ZoneOffset.UTC)).isSameAs(clock);
  }

  @Test
  void itOnlyMovesForward() {
    TestClock clock = new TestClock(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isAfterOrEqualTo(START);
  }
}
