package app.konqer.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.konqer.server.operations.Metrics;
import app.konqer.server.testing.TestPostgres;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pool's units of work: a lost connection is reported as one, whatever was still to be cleaned up, and a
 * connection goes back to the pool as it came (one connection, so every call gets the same).
 */
class DatabaseTest {
  private static Database database;

  @BeforeAll
  static void connect() {
    TestPostgres postgres = TestPostgres.shared();
    database = Database.connect(new PoolSettings(postgres.newDatabase(), postgres.user(), null, 1,
        Duration.ofSeconds(2)), new Metrics().registry());
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void aTransactionWhoseSessionIsKilledFailsAsAConnectionFailure() {
    DatabaseException failure = catchThrowableOfType(DatabaseException.class, () -> database.transaction(c -> {
      try (Statement kill = c.createStatement()) {
        kill.execute("SELECT pg_terminate_backend(pg_backend_pid())");
      }
      return null;
    }));

    assertThat(ConnectionFailures.isConnectionFailure(failure)).as(failure.toString()).isTrue();
    int answer = database.query(c -> {
      try (Statement select = c.createStatement(); ResultSet row = select.executeQuery("SELECT 1")) {
        row.next();
        return row.getInt(1);
      }
    });
    assertThat(answer).as("the pool replaced the dead connection").isEqualTo(1);
  }

  @Test
  void aStatementTheDatabaseNeverAnswersFailsAsAConnectionFailureAfterTheReadTimeout() {
    TestPostgres postgres = TestPostgres.shared();
    try (Database impatient = Database.connect(new PoolSettings(postgres.newDatabase(), postgres.user(), null, 1,
        Duration.ofSeconds(2), Duration.ofSeconds(1)), new Metrics().registry())) {
      DatabaseException failure = catchThrowableOfType(DatabaseException.class, () -> impatient.query(c -> {
        try (Statement hang = c.createStatement()) {
          return hang.execute("SELECT pg_sleep(30)");
        }
      }));

      assertThat(ConnectionFailures.isConnectionFailure(failure)).as(String.valueOf(failure)).isTrue();
      boolean answersAgain = impatient.query(c -> c.isValid(1));
      assertThat(answersAgain).isTrue();
    }
  }

  @Test
  void aConnectionReturnsToThePoolInAutoCommitModeAfterATransaction() {
    database.transaction(c -> c.getAutoCommit());

    boolean autoCommit = database.query(c -> c.getAutoCommit());

    assertThat(autoCommit).isTrue();
  }

  @Test
  void aQueryWhoseSessionIsKilledFailsAsAConnectionFailure() {
    DatabaseException failure = catchThrowableOfType(DatabaseException.class, () -> database.query(c -> {
      try (Statement kill = c.createStatement()) {
        kill.execute("SELECT pg_terminate_backend(pg_backend_pid())");
      }
      return null;
    }));

    assertThat(ConnectionFailures.isConnectionFailure(failure)).as(failure.toString()).isTrue();
  }
}
