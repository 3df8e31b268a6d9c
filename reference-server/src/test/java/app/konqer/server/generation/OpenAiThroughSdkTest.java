package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The twelve services end to end as an integration sees them: the SDK's typed endpoint, the reference server, its
 * PostgreSQL, and a MockWebServer standing in for OpenAI. Each request to OpenAI carries the strict schema; each
 * answer comes back to the SDK as the service's typed output, with the members the server computes filled in.
 */
class OpenAiThroughSdkTest {
  private static final FakeOpenAi openAi = new FakeOpenAi(Duration.ofSeconds(10));

  @RegisterExtension
  static final TestServer server = TestServer.api().generation(parts -> parts.withGenerator(openAi.engine()));

  private static KonqerClient client;
  private static KonqerServices services;

  static Stream<ServiceDefinition<?, ?>> services() {
    return ServiceDefinitions.all().stream();
  }

  @BeforeAll
  static void signIn() {
    String base = server.server().url().toString();
    String token;
    try (KonqerClient anonymous = KonqerClient.builder().baseUrl(base).build()) {
      token = anonymous.auth().devToken(new DevTokenRequest("ada@openai-sdk.example", "Ada", List.of()))
          .accessToken();
    }
    client = KonqerClient.builder().baseUrl(base).bearerToken(token).build();
    UUID id = client.user().me().id();
    GenerationFixture fixture = new GenerationFixture(server);
    User user = new User(token, id);
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      fixture.grant(user, definition.service(), TestServer.START.minusSeconds(60), false, null);
    }
    services = KonqerServices.of(client);
  }

  @BeforeEach
  void forgetEarlierCalls() {
    openAi.reset();
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    openAi.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void aTypedCallGeneratesWithTheStrictSchemaAndReturnsTheTypedOutput(ServiceDefinition<?, ?> definition) {
    openAi.answer(new CannedOutputs(server.database().dataSource()).validAnswer(definition));

    Generation<?> generation = generate(definition);

    List<Map<String, Object>> requests = openAi.takeRequests();
    assertThat(requests).hasSize(1);
    Map<?, ?> format = (Map<?, ?>) requests.get(0).get("response_format");
    assertThat(format.get("type")).isEqualTo("json_schema");
    Map<?, ?> jsonSchema = (Map<?, ?>) format.get("json_schema");
    assertThat(jsonSchema.get("strict")).isEqualTo(true);
    assertThat(((Map<?, ?>) jsonSchema.get("schema")).get("additionalProperties")).isEqualTo(false);

    assertThat(generation.service()).isEqualTo(definition.service());
    assertThat(generation.model()).isEqualTo(FakeOpenAi.MODEL);
    assertThat(generation.tokensUsed()).isEqualTo(FakeOpenAi.TOKENS);
    assertThat(generation.output()).isInstanceOf(definition.outputType());
    if (definition.service() == ServiceId.COLD_DM) {
      assertThat(generation.personalizationScore()).isNotNull().isBetween(0, 100);
    } else {
      assertThat(generation.personalizationScore()).isNull();
    }

    HistoryItem stored = services.history().get(generation.id());
    assertThat(stored.output()).isEqualTo(generation.output());
    assertThat(stored.model()).isEqualTo(FakeOpenAi.MODEL);
  }

  private static <I extends ServiceInput, O extends ServiceOutput> Generation<O> generate(
      ServiceDefinition<I, O> definition) {
    return services.endpoint(definition).generate(ServiceSamples.input(definition));
  }
}
