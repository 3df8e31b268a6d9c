package app.konqer.server.generation.catalog;

import app.konqer.server.generation.offline.ServerFacts;

/**
 * Sets the members of an output that the server computes itself ({@code @ServerComputed}): scores, classifications
 * and enrichment, whatever the model or writer put there.
 *
 * @param <I> the input record
 * @param <O> the output record
 */
@FunctionalInterface
public interface OutputFill<I, O> {
  /**
   * Completes an output.
   *
   * @param input the request
   * @param facts what the server established before generation
   * @param output the generated output
   * @return the output with its server-computed members set
   */
  O fill(I input, ServerFacts facts, O output);

  /**
   * The fill of the services without server-computed members.
   *
   * @param <I> the input record
   * @param <O> the output record
   * @return a fill that returns the output as it is
   */
  static <I, O> OutputFill<I, O> none() {
    return (input, facts, output) -> output;
  }
}
