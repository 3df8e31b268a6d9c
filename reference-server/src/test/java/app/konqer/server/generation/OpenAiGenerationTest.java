package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.noshowshield.RiskLevel;
import app.konqer.sdk.services.warmranker.RankedLead;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import app.konqer.server.ServerAssembly;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.generation.prompt.PromptLibrary;
import app.konqer.server.generation.schema.ServerComputedMembers;
import app.konqer.server.generation.scoring.PersonalizationScorer;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The twelve services end to end over HTTP with a MockWebServer standing in for OpenAI. */
class OpenAiGenerationTest {
  private static final FakeOpenAi openAi = new FakeOpenAi();

  @RegisterExtension
  static final TestServer server = TestServer.api().generation(parts -> parts.withGenerator(openAi.engine()));

  private static final Validator VALIDATOR = ServerAssembly.validation().getValidator();
  private static final PromptLibrary PROMPTS = PromptLibrary.load();

  private final GenerationFixture fixture = new GenerationFixture(server);

  static Stream<ServiceDefinition<?, ?>> services() {
    return ServiceDefinitions.all().stream();
  }

  @BeforeEach
  void forgetEarlierCalls() {
    openAi.reset();
  }

  @AfterAll
  static void stopOpenAi() throws Exception {
    openAi.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void sendsTheStrictSchemaAndTheServicePromptAndParsesTheAnswer(ServiceDefinition<?, ?> definition) {
    User user = fixture.userWithAllServices("openai-" + definition.service().id());
    openAi.answer(new CannedOutputs(server.database().dataSource()).validAnswer(definition));

    Reply reply = fixture.generate(user, definition.service().id(), ServiceSamples.json(definition));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<Map<String, Object>> requests = openAi.takeRequests();
    assertThat(requests).hasSize(1);
    Map<String, Object> request = requests.get(0);
    assertThat(request.get("model")).isEqualTo("gpt-4o");
    Map<?, ?> format = (Map<?, ?>) request.get("response_format");
    assertThat(format.get("type")).isEqualTo("json_schema");
    Map<?, ?> jsonSchema = (Map<?, ?>) format.get("json_schema");
    assertThat(jsonSchema.get("strict")).isEqualTo(true);
    Map<String, Object> expected = ServerComputedMembers.modelSchema(definition.outputType()).schema();
    assertThat(jsonSchema.get("schema")).isEqualTo(CannedOutputs.parse(CannedOutputs.write(expected)));
    assertThat(((Map<?, ?>) jsonSchema.get("schema")).get("additionalProperties")).isEqualTo(false);
    List<?> messages = (List<?>) request.get("messages");
    assertThat(messages).hasSize(2);
    assertThat(((Map<?, ?>) messages.get(0)).get("role")).isEqualTo("system");
    assertThat(((Map<?, ?>) messages.get(0)).get("content")).isEqualTo(PROMPTS.systemPrompt(definition.service()));
    assertThat(((Map<?, ?>) messages.get(1)).get("role")).isEqualTo("user");
    assertThat(CannedOutputs.parse((String) ((Map<?, ?>) messages.get(1)).get("content")))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsAllEntriesOf((Map<?, ?>) CannedOutputs.parse(ServiceSamples.json(definition)));

    Generation<?> generation = reply.json(definition.generationType());
    assertThat(generation.model()).isEqualTo(FakeOpenAi.MODEL);
    assertThat(generation.tokensUsed()).isEqualTo(FakeOpenAi.TOKENS);
    assertThat(VALIDATOR.validate(generation.output())).isEmpty();
    assertThat(ServerComputedValues.unset(generation.output())).isSubsetOf("canvaEditLink");
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, definition.service())).isEqualTo(1);
  }

  @Test
  void theColdDmScoreIsTheServersNotTheModels() {
    User user = fixture.userWithAllServices("openai-score");
    String message = "Dana, Northwind Logistics is growing fast. " + "We help fleets plan routes well. ".repeat(20);
    openAi.answer(CannedOutputs.write(Map.of("message", message, "personalization_score", 3,
        "enrichment_sources", List.of("linkedin"))));

    Reply reply = fixture.generate(user, "cold-dm", ServiceSamples.json(ServiceDefinitions.COLD_DM));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    ColdDmOutput output = generation(reply, ServiceDefinitions.COLD_DM).output();
    int expected = new PersonalizationScorer().score(message, "Dana Whitfield", "Northwind Logistics",
        List.of("Posted about rising diesel costs"), List.of()).score();
    assertThat(expected).isEqualTo(40);
    assertThat(output.personalizationScore()).isEqualTo(expected);
    assertThat(generation(reply, ServiceDefinitions.COLD_DM).personalizationScore()).isEqualTo(expected);
    assertThat(output.enrichmentSources()).isEmpty();
    assertThat(output.contextUsed().companySize()).isNull();
  }

  @Test
  void warmrankerScoresAndOrdersTheLeadsItself() {
    User user = fixture.userWithAllServices("openai-warmth");
    openAi.answer(CannedOutputs.write(Map.of("ranked", List.of(
        lead("tie@example.com", 99), lead("cold@example.com", 98), lead("warm@example.com", 1)))));

    Reply reply = fixture.generate(user, "warmranker", ServiceSamples.json(ServiceDefinitions.WARMRANKER));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    WarmrankerOutput output = generation(reply, ServiceDefinitions.WARMRANKER).output();
    // replied +35, visited pricing +20 = 55; opened +5 for the other two, which keep their input order
    assertThat(output.ranked()).extracting(RankedLead::email, RankedLead::warmthScore).containsExactly(
        org.assertj.core.groups.Tuple.tuple("warm@example.com", 55),
        org.assertj.core.groups.Tuple.tuple("cold@example.com", 5),
        org.assertj.core.groups.Tuple.tuple("tie@example.com", 5));
    assertThat(output.ranked().get(0).recommendedAction()).isEqualTo("Act on warm@example.com");
  }

  @Test
  void noShowRiskLevelsFollowTheContractBands() {
    User user = fixture.userWithAllServices("openai-no-show");
    openAi.answer(CannedOutputs.write(Map.of("reminder_plan", List.of(
        Map.of("send_before_minutes", 1440, "channel", "email", "message", "See you tomorrow, Dana."),
        Map.of("send_before_minutes", 60, "channel", "sms", "message", "See you in an hour, Dana.")))));
    // booked 45 days ahead +30, one prior no-show +20, follow-up 0, no source +5, base 10 = 65
    String body = """
        {"attendee_name": "Dana Whitfield", "booked_at": "2026-01-01T09:00:00Z",
         "scheduled_at": "2026-02-15T09:00:00Z", "meeting_type": "follow_up", "prior_no_shows": 1}""";

    Reply reply = fixture.generate(user, "no-show-shield", body);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    NoShowShieldOutput output = generation(reply, ServiceDefinitions.NO_SHOW_SHIELD).output();
    assertThat(output.noShowRisk()).isEqualTo(65);
    assertThat(output.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(output.factors()).contains("1 prior no-show (+20)", "Source not given (+5)");
    assertThat(output.reminderPlan()).hasSize(2);
  }

  private static Map<String, Object> lead(String email, int score) {
    return Map.of("email", email, "warmth_score", score, "reasons", List.of("Signals read"),
        "recommended_action", "Act on " + email);
  }

  @SuppressWarnings("unchecked")
  private static <O extends ServiceOutput> Generation<O> generation(Reply reply, ServiceDefinition<?, O> definition) {
    return (Generation<O>) reply.json(definition.generationType());
  }

}
