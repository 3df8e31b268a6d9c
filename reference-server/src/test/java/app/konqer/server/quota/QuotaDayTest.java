package app.konqer.server.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuotaDayTest {
  @Test
  void theDayIsTheUtcDateAndItResetsAtTheNextUtcMidnight() {
    QuotaDay day = QuotaDay.of(Instant.parse("2026-01-05T23:59:59.999Z"));

    assertThat(day.day()).isEqualTo(LocalDate.parse("2026-01-05"));
    assertThat(day.resetsAt()).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
  }

  @Test
  void midnightBelongsToTheNewDay() {
    QuotaDay day = QuotaDay.of(Instant.parse("2026-01-06T00:00:00Z"));

    assertThat(day.day()).isEqualTo(LocalDate.parse("2026-01-06"));
    assertThat(day.resetsAt()).isEqualTo(Instant.parse("2026-01-07T00:00:00Z"));
  }

  @Test
  void secondsUntilTheResetAreRoundedUpAndAtLeastOne() {
    QuotaDay day = QuotaDay.of(Instant.parse("2026-01-05T10:00:00Z"));

    assertThat(day.secondsUntilReset(Instant.parse("2026-01-05T10:00:00Z"))).isEqualTo(50_400);
    assertThat(day.secondsUntilReset(Instant.parse("2026-01-05T10:00:00.250Z"))).isEqualTo(50_400);
    assertThat(day.secondsUntilReset(Instant.parse("2026-01-05T23:59:59.900Z"))).isEqualTo(1);
  }
}
