package app.konqer.sdk.services;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Runs Hibernate Validator, the reference jakarta.validation implementation, over the records. */
final class Violations {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private Violations() {}

  /** The property path of every violation, one entry per violation, sorted. */
  static List<String> paths(Object value) {
    return VALIDATOR.validate(value).stream()
        .map(violation -> violation.getPropertyPath().toString())
        .sorted()
        .collect(Collectors.toList());
  }

  /** Each violated property path with its message. */
  static Map<String, String> messages(Object value) {
    return VALIDATOR.validate(value).stream()
        .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage,
            (a, b) -> a + "; " + b, TreeMap::new));
  }
}
