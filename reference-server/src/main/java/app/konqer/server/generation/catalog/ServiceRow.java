package app.konqer.server.generation.catalog;

import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.generation.offline.ServiceWriter;
import app.konqer.server.generation.rules.InputRule;
import app.konqer.server.generation.rules.OutputRule;
import app.konqer.server.generation.schema.StrictJsonSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One service as the server runs it: a row of the {@link ServiceCatalog}.
 *
 * @param definition the SDK's definition: the service id and its input and output records
 * @param schema the strict JSON schema the model fills: the output record without its server-computed members
 * @param systemPrompt the service's system prompt
 * @param offlineWriter writes the output without a model
 * @param inputRules what the input must keep beyond its record's constraints
 * @param facts what the server establishes before generation
 * @param fill sets the server-computed members after generation
 * @param outputRules what the output must keep beyond its record's constraints
 * @param personalizationScore the envelope's {@code personalization_score} of an output; {@code null} for every
 *     service but cold-dm
 * @param <I> the input record
 * @param <O> the output record
 */
public record ServiceRow<I extends ServiceInput, O extends ServiceOutput>(
    ServiceDefinition<I, O> definition,
    StrictJsonSchema schema,
    String systemPrompt,
    ServiceWriter<I, O> offlineWriter,
    List<InputRule<I>> inputRules,
    FactsStep<I> facts,
    OutputFill<I, O> fill,
    List<OutputRule<I, O>> outputRules,
    Function<O, Integer> personalizationScore) {

  /** Requires every member and copies the lists. */
  public ServiceRow {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(systemPrompt, "systemPrompt");
    Objects.requireNonNull(offlineWriter, "offlineWriter");
    inputRules = List.copyOf(inputRules);
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(fill, "fill");
    outputRules = List.copyOf(outputRules);
    Objects.requireNonNull(personalizationScore, "personalizationScore");
  }

  /** @return the service's wire id, such as {@code cold-dm} */
  public String id() {
    return definition.service().id();
  }

  /**
   * Starts a row with no rules, no facts and no fill.
   *
   * @param definition the service
   * @param schema the model's schema
   * @param systemPrompt the system prompt
   * @param offlineWriter the offline writer
   * @param <I> the input record
   * @param <O> the output record
   * @return the builder
   */
  static <I extends ServiceInput, O extends ServiceOutput> Builder<I, O> builder(ServiceDefinition<I, O> definition,
      StrictJsonSchema schema, String systemPrompt, ServiceWriter<I, O> offlineWriter) {
    return new Builder<>(definition, schema, systemPrompt, offlineWriter);
  }

  /**
   * Adds a service's steps to a row.
   *
   * @param <I> the input record
   * @param <O> the output record
   */
  static final class Builder<I extends ServiceInput, O extends ServiceOutput> {
    private final ServiceDefinition<I, O> definition;
    private final StrictJsonSchema schema;
    private final String systemPrompt;
    private final ServiceWriter<I, O> offlineWriter;
    private final List<InputRule<I>> inputRules = new ArrayList<>();
    private final List<OutputRule<I, O>> outputRules = new ArrayList<>();
    private FactsStep<I> facts = FactsStep.none();
    private OutputFill<I, O> fill = OutputFill.none();
    private Function<O, Integer> personalizationScore = output -> null;

    private Builder(ServiceDefinition<I, O> definition, StrictJsonSchema schema, String systemPrompt,
        ServiceWriter<I, O> offlineWriter) {
      this.definition = definition;
      this.schema = schema;
      this.systemPrompt = systemPrompt;
      this.offlineWriter = offlineWriter;
    }

    Builder<I, O> input(InputRule<I> rule) {
      inputRules.add(rule);
      return this;
    }

    Builder<I, O> facts(FactsStep<I> step) {
      this.facts = step;
      return this;
    }

    Builder<I, O> fill(OutputFill<I, O> step) {
      this.fill = step;
      return this;
    }

    @SafeVarargs
    final Builder<I, O> output(OutputRule<I, O>... rules) {
      outputRules.addAll(List.of(rules));
      return this;
    }

    Builder<I, O> personalizationScore(Function<O, Integer> score) {
      this.personalizationScore = score;
      return this;
    }

    ServiceRow<I, O> build() {
      return new ServiceRow<>(definition, schema, systemPrompt, offlineWriter, inputRules, facts, fill, outputRules,
          personalizationScore);
    }
  }
}
