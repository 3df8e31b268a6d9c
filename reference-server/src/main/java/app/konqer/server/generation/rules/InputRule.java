package app.konqer.server.generation.rules;

import app.konqer.sdk.error.FieldError;
import java.util.List;

/**
 * A rule a service's input must keep beyond the constraints of its record, such as one time after another. A
 * violation is answered like a constraint violation: 422 {@code validation_failed}.
 *
 * @param <I> the input record
 */
@FunctionalInterface
public interface InputRule<I> {
  /**
   * Checks an input.
   *
   * @param input the input, already valid by its record's constraints
   * @return the violations; empty when the rule holds
   */
  List<FieldError> check(I input);
}
