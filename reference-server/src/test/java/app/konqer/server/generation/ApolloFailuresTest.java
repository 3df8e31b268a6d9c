package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.server.enrichment.ApolloConfig;
import app.konqer.server.enrichment.ApolloEnricher;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apollo failing while a cold DM is generated: enrichment is best effort, so every failure still gives a 200 with
 * the DM written without it ({@code enrichment_sources} empty), charged once. Apollo is a MockWebServer.
 */
class ApolloFailuresTest {
  private static final MockWebServer apollo = new MockWebServer();

  @RegisterExtension
  static final TestServer server = TestServer.api().generation(parts -> parts.withEnricher(new ApolloEnricher(
      new ApolloConfig("apollo-test-key", apollo.url("/api/"), Duration.ofSeconds(1), Duration.ofMillis(300)),
      new OkHttpClient(), KonqerJson.create())));

  private static final String BODY = ServiceSamples.json(ServiceDefinitions.COLD_DM);

  private final GenerationFixture fixture = new GenerationFixture(server);

  /** One way Apollo fails. */
  record Fault(String name, Consumer<MockWebServer> setUp) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Fault> faults() {
    return Stream.of(
        new Fault("500", api -> api.enqueue(new MockResponse().setResponseCode(500))),
        new Fault("429", api -> api.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "60"))),
        new Fault("401 for a revoked key", api -> api.enqueue(new MockResponse().setResponseCode(401))),
        new Fault("no answer within the call timeout",
            api -> api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE))),
        new Fault("a body that is not JSON", api -> api.enqueue(json("<html>maintenance</html>"))),
        new Fault("a body cut off", api -> api.enqueue(json("{\"person\": {\"title\": \"VP"))),
        new Fault("the connection dropped",
            api -> api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START))));
  }

  @BeforeEach
  void forgetEarlierAnswers() {
    apollo.setDispatcher(new QueueDispatcher());
  }

  @AfterAll
  static void stopApollo() throws Exception {
    apollo.shutdown();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void theColdDmIsWrittenWithoutEnrichment(Fault fault) {
    User user = fixture.userWithAllServices("apollo-" + fault.name().replaceAll("[^a-z0-9]+", "-"));
    fault.setUp().accept(apollo);

    Reply reply = fixture.generate(user, "cold-dm", BODY);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(output(reply).enrichmentSources()).isEmpty();
    assertThat(reply.body()).doesNotContain("apollo-test-key");
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.COLD_DM)).isEqualTo(1);
  }

  @Test
  void whenApolloAnswersTheColdDmNamesItAsItsSource() {
    User user = fixture.userWithAllServices("apollo-answers");
    apollo.enqueue(json("{\"person\": {\"title\": \"VP Sales\", \"organization\": {\"estimated_num_employees\": 120,"
        + " \"technology_names\": [\"Salesforce\"]}}}"));

    Reply reply = fixture.generate(user, "cold-dm", BODY);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(output(reply).enrichmentSources()).isEqualTo(List.of("apollo"));
  }

  private static ColdDmOutput output(Reply reply) {
    Generation<?> generation = reply.json(ServiceDefinitions.COLD_DM.generationType());
    return (ColdDmOutput) generation.output();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }
}
