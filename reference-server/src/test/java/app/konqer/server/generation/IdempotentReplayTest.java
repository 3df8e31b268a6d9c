package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A retry with the same Idempotency-Key and body: one generation, one unit, one OpenAI call, the same response. */
class IdempotentReplayTest {
  private static final FakeOpenAi openAi = new FakeOpenAi();

  @RegisterExtension
  static final TestServer server = TestServer.api().generation(parts -> parts.withGenerator(openAi.engine()));

  private static final String BODY = ServiceSamples.json(ServiceDefinitions.WHITEPAPER);

  private final GenerationFixture fixture = new GenerationFixture(server);

  @BeforeEach
  void forgetEarlierCalls() {
    openAi.reset();
  }

  @AfterAll
  static void stopOpenAi() throws Exception {
    openAi.close();
  }

  @Test
  void theSameKeyTwiceRunsOnceAndReplaysTheResponse() {
    User user = fixture.userWithAllServices("replay");
    openAi.answer(validWhitepaper());

    Reply first = fixture.generate(user, "whitepaper", BODY, "key-replay");
    Reply second = fixture.generate(user, "whitepaper", BODY, "key-replay");

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.mediaType()).isEqualTo("application/json");
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(openAi.takeRequests()).hasSize(1);
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.events(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.WHITEPAPER)).isEqualTo(1);
  }

  @Test
  void aKeyIsNewAgainAfter24Hours() {
    User user = fixture.userWithAllServices("replay-expiry");
    openAi.answer(validWhitepaper());
    Reply first = fixture.generate(user, "whitepaper", BODY, "key-expiry");
    server.clock().advance(Duration.ofHours(23).plusMinutes(59));
    assertThat(fixture.generate(user, "whitepaper", BODY, "key-expiry").header("Idempotent-Replayed"))
        .isEqualTo("true");
    server.clock().advance(Duration.ofMinutes(1));
    openAi.answer(validWhitepaper());

    Reply later = fixture.generate(user, "whitepaper", BODY, "key-expiry");

    assertThat(later.status()).as(later.body()).isEqualTo(200);
    assertThat(later.header("Idempotent-Replayed")).isNull();
    Generation<?> firstGeneration = first.json(ServiceDefinitions.WHITEPAPER.generationType());
    Generation<?> laterGeneration = later.json(ServiceDefinitions.WHITEPAPER.generationType());
    assertThat(laterGeneration.id()).isNotEqualTo(firstGeneration.id());
    assertThat(openAi.takeRequests()).hasSize(2);
    assertThat(fixture.generations(user)).isEqualTo(2);
  }

  private String validWhitepaper() {
    return new CannedOutputs(server.database().dataSource()).validAnswer(ServiceDefinitions.WHITEPAPER);
  }
}
