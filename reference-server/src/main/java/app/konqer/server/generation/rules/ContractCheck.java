package app.konqer.server.generation.rules;

import app.konqer.sdk.error.FieldError;
import app.konqer.server.http.WirePaths;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a record against its contract: the bean constraints of its type, then the rules of its service. Used on
 * model output (which is untrusted), on the output the server completed, and on inputs.
 */
public final class ContractCheck {
  private static final Comparator<FieldError> ORDER =
      Comparator.comparing(FieldError::field).thenComparing(FieldError::message);

  private final Validator validator;

  /**
   * Creates the check.
   *
   * @param validator the bean validator
   */
  public ContractCheck(Validator validator) {
    this.validator = validator;
  }

  /**
   * Every violation of an output.
   *
   * @param input the request it answers
   * @param output the output
   * @param rules the service's output rules
   * @param <I> the input record
   * @param <O> the output record
   * @return the violations with wire paths, sorted; empty when the output is valid
   */
  public <I, O> List<FieldError> violations(I input, O output, List<OutputRule<I, O>> rules) {
    List<FieldError> errors = new ArrayList<>(constraintViolations(output));
    if (errors.isEmpty()) {
      rules.forEach(rule -> errors.addAll(rule.check(input, output)));
    }
    errors.sort(ORDER);
    return errors;
  }

  /**
   * Every violation of an input's rules; its bean constraints were checked when it was read.
   *
   * @param input the input
   * @param rules the service's input rules
   * @param <I> the input record
   * @return the violations, sorted; empty when the input is valid
   */
  public <I> List<FieldError> inputViolations(I input, List<InputRule<I>> rules) {
    List<FieldError> errors = new ArrayList<>();
    rules.forEach(rule -> errors.addAll(rule.check(input)));
    errors.sort(ORDER);
    return errors;
  }

  private <T> List<FieldError> constraintViolations(T value) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<T> violation : validator.validate(value)) {
      errors.add(new FieldError(WirePaths.of(value.getClass(), violation.getPropertyPath()), violation.getMessage()));
    }
    return errors;
  }
}
