package app.konqer.server.generation.catalog;

import app.konqer.server.generation.offline.ServerFacts;

/**
 * What the server establishes about a request before generation, such as cold-dm enrichment or the objection plan.
 * The facts go into the model's prompt, or to the offline writer, and to the {@link OutputFill} afterwards.
 *
 * @param <I> the input record
 */
@FunctionalInterface
public interface FactsStep<I> {
  /** The step of the services that need no facts. */
  FactsStep<Object> NONE = input -> ServerFacts.none();

  /**
   * Establishes the facts of a request.
   *
   * @param input the valid input
   * @return the facts
   */
  ServerFacts establish(I input);

  /**
   * The step of the services that need no facts.
   *
   * @param <I> the input record
   * @return a step that returns {@link ServerFacts#none()}
   */
  @SuppressWarnings("unchecked")
  static <I> FactsStep<I> none() {
    return (FactsStep<I>) NONE;
  }
}
