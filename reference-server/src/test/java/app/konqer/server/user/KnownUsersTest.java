package app.konqer.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.auth.Principal;
import app.konqer.server.db.Database;
import app.konqer.server.db.PoolSettings;
import app.konqer.server.operations.Metrics;
import app.konqer.server.testing.MutableClock;
import app.konqer.server.testing.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A caller's user row is read once, and read again when its token says something new. */
class KnownUsersTest {
  private static Database database;
  private static MeterRegistry registry;

  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

  @BeforeAll
  static void connect() {
    TestPostgres postgres = TestPostgres.shared();
    registry = new Metrics().registry();
    database = Database.connect(new PoolSettings(postgres.newDatabase(), postgres.user(), null, 2,
        Duration.ofSeconds(2)), registry);
  }

  @AfterAll
  static void close() {
    database.close();
  }

  /** How many times a connection was taken from the pool: one per database visit. */
  private static long visits() {
    return registry.get("hikaricp.connections.acquire").timer().count();
  }

  @Test
  void aKnownCallerCostsNoDatabaseVisitUntilItsEntryAges() {
    KnownUsers users = new KnownUsers(new UserRepository(database), clock, 10);
    Principal dana = new Principal("kc-dana", "dana@example.com", "Dana", List.of());
    User first = users.onSight(dana);
    long before = visits();

    assertThat(users.onSight(dana)).isEqualTo(first);
    assertThat(visits()).isEqualTo(before);

    clock.advance(KnownUsers.MAX_AGE);
    assertThat(users.onSight(dana)).isEqualTo(first);
    assertThat(visits()).isEqualTo(before + 1);
  }

  @Test
  void aTokenWithANewNameUpdatesTheRow() {
    KnownUsers users = new KnownUsers(new UserRepository(database), clock, 10);
    User before = users.onSight(new Principal("kc-lee", "lee@example.com", "Lee", List.of()));

    User after = users.onSight(new Principal("kc-lee", "lee@example.com", "Lee Park", List.of()));

    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.name()).isEqualTo("Lee Park");
    assertThat(new UserRepository(database).onSight(new Principal("kc-lee", null, null, List.of())).name())
        .isEqualTo("Lee Park");
  }

  @Test
  void staysWithinItsCapacity() {
    KnownUsers users = new KnownUsers(new UserRepository(database), clock, 2);
    for (int i = 0; i < 5; i++) {
      users.onSight(new Principal("kc-many-" + i, null, null, List.of()));
    }
    Principal last = new Principal("kc-many-4", null, null, List.of());
    long before = visits();

    users.onSight(last);

    assertThat(visits()).isEqualTo(before);
  }
}
