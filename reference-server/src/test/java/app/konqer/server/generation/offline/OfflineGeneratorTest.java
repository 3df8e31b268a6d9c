package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.ServerComputed;
import com.squareup.moshi.Moshi;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every service, every sample input: what the pipeline will rely on when it uses the offline generator. */
class OfflineGeneratorTest {
  /** The services whose writers set their server-computed members themselves, with the pipeline's components. */
  private static final Set<ServiceId> WRITER_FILLS_SERVER_MEMBERS =
      Set.of(ServiceId.OBJECTION, ServiceId.WARMRANKER, ServiceId.NO_SHOW_SHIELD);

  private static final Contract CONTRACT = new Contract();

  private final OfflineGenerator generator = OfflineGenerator.standard();
  private final PipelineFill pipeline = new PipelineFill();

  @AfterAll
  static void closeValidator() {
    CONTRACT.close();
  }

  static Stream<ServiceDefinition<?, ?>> services() {
    return ServiceDefinitions.all().stream();
  }

  static Stream<Arguments> cases() {
    return services().flatMap(definition -> Samples.of(definition).all().stream()
        .map(sample -> Arguments.of(definition.service().id(), definition, sample)));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void outputPassesValidationOnceThePipelineSetsItsMembers(String service, ServiceDefinition<?, ?> definition,
      Samples.Case sample) {
    assertThat(CONTRACT.violations(sample.input())).as("the sample input itself").isEmpty();

    ServerFacts facts = pipeline.factsFor(definition, sample.input());
    ServiceOutput output = generate(definition, sample.input(), facts);
    ServiceOutput filled = pipeline.fill(definition, sample.input(), facts, output);

    assertThat(output).isInstanceOf(definition.outputType());
    assertThat(CONTRACT.violations(filled)).isEmpty();
    assertThat(Contract.unfilled(output)).as("members the writer left empty").isEmpty();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void serverComputedMembersAreLeftToThePipelineOrMatchIt(String service, ServiceDefinition<?, ?> definition,
      Samples.Case sample) {
    ServerFacts facts = pipeline.factsFor(definition, sample.input());
    ServiceOutput output = generate(definition, sample.input(), facts);

    if (WRITER_FILLS_SERVER_MEMBERS.contains(definition.service())) {
      assertThat(pipeline.fill(definition, sample.input(), facts, output)).isEqualTo(output);
    } else {
      assertThat(serverComputedValues(output)).allSatisfy(value -> assertThat(value)
          .satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat((Collection<?>) v).isEmpty()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void sameInputGivesTheSameOutputAcrossGenerators(ServiceDefinition<?, ?> definition) {
    Moshi moshi = KonqerJson.create();
    for (Samples.Case sample : Samples.of(definition).all()) {
      ServiceInput copy = roundTrip(moshi, definition, sample.input());
      ServerFacts facts = pipeline.factsFor(definition, sample.input());

      ServiceOutput first = generate(definition, sample.input(), facts);
      ServiceOutput second = generate(OfflineGenerator.standard(), definition, copy,
          pipeline.factsFor(definition, copy));

      assertThat(second).as(sample.name()).isEqualTo(first);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void changedInputChangesTheOutput(ServiceDefinition<?, ?> definition) {
    Samples.Inputs inputs = Samples.of(definition);

    ServiceOutput realistic = generate(definition, inputs.realistic(),
        pipeline.factsFor(definition, inputs.realistic()));
    ServiceOutput variant = generate(definition, inputs.variant(), pipeline.factsFor(definition, inputs.variant()));

    assertThat(variant).isNotEqualTo(realistic);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void tokensUsedIsAStablePositiveEstimate(ServiceDefinition<?, ?> definition) {
    ServiceInput input = Samples.of(definition).realistic();
    ServiceOutput output = generate(definition, input, pipeline.factsFor(definition, input));

    int tokens = tokens(definition, input, output);

    assertThat(tokens).isBetween(20, 20_000).isEqualTo(tokens(definition, input, output));
  }

  @Test
  void reportsTheOfflineModel() {
    assertThat(OfflineGenerator.MODEL).isEqualTo("konqer-offline");
    assertThat(generator.model()).isEqualTo(OfflineGenerator.MODEL);
  }

  @Test
  void objectionWithoutThePlanIsAProgrammingError() {
    ServiceInput input = Samples.of(ServiceDefinitions.OBJECTION).realistic();

    assertThatThrownBy(() -> generator.generate(ServiceDefinitions.OBJECTION,
        (app.konqer.sdk.services.objection.ObjectionInput) input))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ObjectionPlan");
  }

  private ServiceOutput generate(ServiceDefinition<?, ?> definition, ServiceInput input, ServerFacts facts) {
    return generate(generator, definition, input, facts);
  }

  private static ServiceOutput generate(OfflineGenerator generator, ServiceDefinition<?, ?> definition,
      ServiceInput input, ServerFacts facts) {
    return typed(generator, definition, input, facts);
  }

  private static <I extends ServiceInput, O extends ServiceOutput> O typed(OfflineGenerator generator,
      ServiceDefinition<I, O> definition, ServiceInput input, ServerFacts facts) {
    return generator.generate(definition, definition.inputType().cast(input), facts);
  }

  private int tokens(ServiceDefinition<?, ?> definition, ServiceInput input, ServiceOutput output) {
    return typedTokens(definition, input, output);
  }

  private <I extends ServiceInput, O extends ServiceOutput> int typedTokens(ServiceDefinition<I, O> definition,
      ServiceInput input, ServiceOutput output) {
    return generator.tokensUsed(definition, definition.inputType().cast(input), definition.outputType().cast(output));
  }

  private static <I extends ServiceInput> I roundTrip(Moshi moshi, ServiceDefinition<I, ?> definition,
      ServiceInput input) {
    try {
      I typed = definition.inputType().cast(input);
      return moshi.adapter(definition.inputType()).fromJson(moshi.adapter(definition.inputType()).toJson(typed));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Object> serverComputedValues(Object record) {
    List<Object> values = new ArrayList<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(record);
        if (component.isAnnotationPresent(ServerComputed.class)) {
          values.add(value);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return values;
  }
}
