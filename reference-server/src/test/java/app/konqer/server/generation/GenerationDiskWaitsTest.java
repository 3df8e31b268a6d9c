package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.TestServer;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A generation waits for the disk once: its claim and quota unit commit without waiting, and the commit that stores
 * the generation carries them to disk. Counted in PostgreSQL's WAL writes ({@code pg_stat_wal.wal_write}), which a
 * commit that waits makes and one that does not leaves to the WAL writer, every 200 ms. The server has one pooled
 * connection, so every statement runs in the backend whose counts are read, and its commits wait for the disk as
 * PostgreSQL's do by default (the test databases otherwise commit without waiting).
 */
class GenerationDiskWaitsTest {
  private static final int CALLS = 20;
  /**
   * One wait per generation (the commit that stores it), and room for the WAL writer's own writes; two waits per
   * generation make 40.
   */
  private static final int AT_MOST = CALLS + CALLS / 2;

  @RegisterExtension
  static final TestServer server = TestServer.api().pool(1, Duration.ofSeconds(20))
      .connectVia(url -> url + "?options=-c%20synchronous_commit%3Don");

  private static final String BODY = ServiceSamples.json(ServiceDefinitions.BATTLECARDS);

  private final GenerationFixture fixture = new GenerationFixture(server);

  @Test
  void aGenerationWithAKeyWaitsForTheDiskOnce() {
    User user = fixture.userWithAllServices("disk-keyed");
    fixture.generate(user, "battlecards", BODY, "warm-up");

    long before = walWrites();
    for (int i = 0; i < CALLS; i++) {
      assertThat(fixture.generate(user, "battlecards", BODY, "disk-" + i).status()).isEqualTo(200);
    }
    long writes = walWrites() - before;

    assertThat(writes).as("WAL writes for %d generations", CALLS).isBetween((long) CALLS, (long) AT_MOST);
    assertThat(fixture.generations(user)).isEqualTo(CALLS + 1);
  }

  @Test
  void aGenerationWithoutAKeyWaitsForTheDiskOnce() {
    User user = fixture.userWithAllServices("disk-unkeyed");
    fixture.generate(user, "battlecards", BODY);

    long before = walWrites();
    for (int i = 0; i < CALLS; i++) {
      assertThat(fixture.generate(user, "battlecards", BODY).status()).isEqualTo(200);
    }
    long writes = walWrites() - before;

    assertThat(writes).as("WAL writes for %d generations", CALLS).isBetween((long) CALLS, (long) AT_MOST);
    assertThat(fixture.generations(user)).isEqualTo(CALLS + 1);
  }

  /** The cluster's WAL writes so far, after the backend has published its own (it does so when it goes idle). */
  private static long walWrites() {
    server.database().query(connection -> {
      try (Statement flush = connection.createStatement()) {
        return flush.execute("SELECT pg_stat_force_next_flush()");
      }
    });
    return server.database().query(connection -> {
      try (Statement select = connection.createStatement();
          ResultSet row = select.executeQuery("SELECT wal_write FROM pg_stat_wal")) {
        row.next();
        return row.getLong(1);
      }
    });
  }
}
