package app.konqer.server.generation.offline;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import java.util.Objects;

/**
 * Generates every service's output without a language model: the server's default when no OpenAI key is set, used
 * by the embedded setup and by most tests.
 *
 * <p>Output is deterministic, built from the input and reads as a plausible demo; generations are reported with the
 * model name {@value #MODEL} and a {@link TokenEstimator token estimate}. The pipeline treats the output like model
 * output: it validates it and sets the server-computed members, which the writers leave {@code null} or empty unless
 * they derive them with the same components (see each service's row in the package documentation).
 *
 * <pre>{@code
 * OfflineGenerator generator = OfflineGenerator.standard();
 * ColdDmOutput output = generator.generate(ServiceDefinitions.COLD_DM, input, ServerFacts.of(enrichment));
 * int tokens = generator.tokensUsed(ServiceDefinitions.COLD_DM, input, output);
 * }</pre>
 */
public final class OfflineGenerator {
  /** The model name reported for offline generations. */
  public static final String MODEL = "konqer-offline";

  private final OfflineWriters writers;
  private final TokenEstimator tokens;

  /**
   * Creates a generator.
   *
   * @param writers the writer of every service
   * @param tokens estimates {@code tokens_used}
   */
  public OfflineGenerator(OfflineWriters writers, TokenEstimator tokens) {
    this.writers = Objects.requireNonNull(writers, "writers");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /**
   * A generator with the {@link OfflineWriters#standard() standard writers} and its own JSON configuration.
   *
   * @return the generator
   */
  public static OfflineGenerator standard() {
    return new OfflineGenerator(OfflineWriters.standard(), new TokenEstimator(KonqerJson.create()));
  }

  /**
   * The model name of offline generations.
   *
   * @return {@value #MODEL}
   */
  public String model() {
    return MODEL;
  }

  /**
   * Generates an output for a service that needs no server facts.
   *
   * @param definition the service
   * @param input the validated input
   * @param <I> the input record type
   * @param <O> the output record type
   * @return the output
   * @throws IllegalStateException for objection, whose writer needs the plan in {@link ServerFacts}
   */
  public <I extends ServiceInput, O extends ServiceOutput> O generate(ServiceDefinition<I, O> definition, I input) {
    return generate(definition, input, ServerFacts.none());
  }

  /**
   * Generates an output.
   *
   * @param definition the service
   * @param input the validated input
   * @param facts what the server established before generation: the enrichment for cold-dm, the plan for objection
   * @param <I> the input record type
   * @param <O> the output record type
   * @return the output, an instance of {@code definition.outputType()}
   */
  public <I extends ServiceInput, O extends ServiceOutput> O generate(ServiceDefinition<I, O> definition, I input,
      ServerFacts facts) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(facts, "facts");
    I typed = definition.inputType().cast(Objects.requireNonNull(input, "input"));
    return definition.outputType().cast(writers.writerFor(definition).write(typed, facts));
  }

  /**
   * The {@code tokens_used} to report for a generation.
   *
   * @param definition the service
   * @param input its input
   * @param output its output
   * @param <I> the input record type
   * @param <O> the output record type
   * @return the estimate, at least 1
   */
  public <I extends ServiceInput, O extends ServiceOutput> int tokensUsed(ServiceDefinition<I, O> definition,
      I input, O output) {
    return tokens.estimate(definition, input, output);
  }
}
