package app.konqer.server.generation.rules;

import app.konqer.sdk.error.FieldError;
import java.util.List;

/**
 * A rule a service's output must keep beyond the constraints of its record, often relative to the input: a word
 * count, as many items as requested, indexes counting from 1, a sort order. {@link OutputRules} builds the common
 * ones.
 *
 * @param <I> the input record
 * @param <O> the output record
 */
@FunctionalInterface
public interface OutputRule<I, O> {
  /**
   * Checks an output.
   *
   * @param input the request it answers
   * @param output the output
   * @return the violations, each with the wire path of the member and what is wrong; empty when the rule holds
   */
  List<FieldError> check(I input, O output);
}
