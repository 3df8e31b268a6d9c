package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.LostAcknowledgementDriver;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The final commit of a generation went through but its acknowledgement was lost on the way back (the connection
 * broke first). The generation is stored, so the caller must get it and the quota must count it.
 */
class LostCommitAcknowledgementTest {
  private static final LostAcknowledgementDriver driver = LostAcknowledgementDriver.register();
  private static final String BODY = ServiceSamples.json(ServiceDefinitions.COLD_DM);
  /** The statement that stores a generation. */
  private static final String STORE = "INSERT INTO generations";

  @RegisterExtension
  static final TestServer server = TestServer.api().connectVia(LostAcknowledgementDriver::url);

  private final GenerationFixture fixture = new GenerationFixture(server);

  @AfterAll
  static void deregister() {
    driver.databaseGone(false);
    driver.deregister();
  }

  @Test
  void aCommitWhoseAcknowledgementWasLostIsAnsweredWithTheGenerationItStoredAndChargedOnce() {
    User user = fixture.userWithAllServices("lost-ack");
    driver.loseCommitAcknowledgementOf(STORE);

    Reply first = fixture.generate(user, "cold-dm", BODY, "lost-ack-1");
    assertThat(driver.waiting()).as("the fault struck").isFalse();
    Reply retry = fixture.generate(user, "cold-dm", BODY, "lost-ack-1");

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.COLD_DM)).isEqualTo(1);
  }

  @Test
  void aFailedCommitThatDidNotGoThroughIsUndoneAsAnyFailure() {
    User user = fixture.userWithAllServices("lost-ack-rolled-back");
    driver.failCommitOf(STORE);

    Reply refused = fixture.generate(user, "cold-dm", BODY, "lost-ack-2");
    assertThat(driver.waiting()).as("the fault struck").isFalse();
    assertThat(fixture.quotaUsed(user, ServiceId.COLD_DM)).isZero();
    Reply retry = fixture.generate(user, "cold-dm", BODY, "lost-ack-2");

    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.problem().code()).isEqualTo("database_unavailable");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isNull();
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.COLD_DM)).isEqualTo(1);
  }

  @Test
  void whenTheDatabaseCannotSayWhetherTheCommitWentThroughNothingIsUndoneAndTheRetryGetsTheGeneration() {
    User user = fixture.userWithAllServices("lost-ack-unknown");
    driver.loseCommitAcknowledgementAndTheDatabaseOf(STORE);
    Reply unknown;
    try {
      unknown = fixture.generate(user, "cold-dm", BODY, "lost-ack-3");
    } finally {
      driver.databaseGone(false);
    }
    assertThat(driver.waiting()).as("the fault struck").isFalse();
    Reply retry = fixture.generate(user, "cold-dm", BODY, "lost-ack-3");

    assertThat(unknown.status()).isEqualTo(503);
    assertThat(unknown.problem().code()).isEqualTo("database_unavailable");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.COLD_DM)).isEqualTo(1);
  }
}
