package app.konqer.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessGrantTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void anUnlockedGrantWithoutEndIsOpen() {
    AccessGrant grant = new AccessGrant(NOW.minusSeconds(1), false, null);

    assertThat(grant.isOpenAt(NOW)).isTrue();
    assertThat(grant.unlocksAfter(NOW)).isNull();
  }

  @Test
  void aScheduledUnlockIsClosedUntilItsTimeThenOpen() {
    AccessGrant grant = new AccessGrant(NOW.plusSeconds(60), false, null);

    assertThat(grant.isOpenAt(NOW)).isFalse();
    assertThat(grant.unlocksAfter(NOW)).isEqualTo(NOW.plusSeconds(60));
    assertThat(grant.isOpenAt(NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void accessEndsExactlyAtExpiry() {
    AccessGrant grant = new AccessGrant(NOW.minusSeconds(3600), false, NOW);

    assertThat(grant.isOpenAt(NOW.minusMillis(1))).isTrue();
    assertThat(grant.isOpenAt(NOW)).isFalse();
    assertThat(grant.unlocksAfter(NOW)).isNull();
  }

  @Test
  void aLockedGrantNeverOpensAndSchedulesNothing() {
    AccessGrant grant = new AccessGrant(NOW.plusSeconds(60), true, null);

    assertThat(grant.isOpenAt(NOW.plusSeconds(120))).isFalse();
    assertThat(grant.unlocksAfter(NOW)).isNull();
  }

  @Test
  void anUnlockScheduledAfterTheEndIsNotPromised() {
    AccessGrant grant = new AccessGrant(NOW.plusSeconds(600), false, NOW.plusSeconds(300));

    assertThat(grant.unlocksAfter(NOW)).isNull();
    assertThat(grant.isOpenAt(NOW.plusSeconds(700))).isFalse();
  }
}
