package app.konqer.sdk.validation;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.error.RequestValidationException;
import app.konqer.sdk.json.WireNames;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RequestValidator} backed by a Jakarta Validation provider. Violations are reported with field paths in
 * wire names ({@code redirect_uri}, {@code roles[0]}), sorted by path, so they read like the server's 422 errors.
 */
public final class JakartaRequestValidator implements RequestValidator {
  private static final Logger log = LoggerFactory.getLogger(JakartaRequestValidator.class);

  private final ValidatorFactory factory;
  private final Validator validator;

  private JakartaRequestValidator(ValidatorFactory factory) {
    this.factory = factory;
    this.validator = factory.getValidator();
  }

  static RequestValidator fromDefaultProvider() {
    return from(Validation::buildDefaultValidatorFactory);
  }

  /**
   * A validator from a factory, or {@link RequestValidator#none()} when no provider is found or it cannot start.
   * The returned validator owns the factory and closes it.
   *
   * @param factories builds the validator factory, for example with {@link Validation#byDefaultProvider()}
   * @return the validator
   */
  public static RequestValidator from(Supplier<ValidatorFactory> factories) {
    try {
      return new JakartaRequestValidator(factories.get());
    } catch (NoProviderFoundException e) {
      log.debug("No Jakarta Validation provider on the classpath; the server validates requests");
      return RequestValidator.none();
    } catch (ValidationException e) {
      log.warn("The Jakarta Validation provider cannot start, so requests are sent unvalidated "
          + "and the server validates them: {}", e.getMessage());
      return RequestValidator.none();
    }
  }

  @Override
  public void validate(Object body) {
    Set<ConstraintViolation<Object>> violations;
    try {
      violations = validator.validate(body);
    } catch (ValidationException e) {
      log.warn("Cannot validate {}, sending it for the server to validate: {}",
          body.getClass().getSimpleName(), e.getMessage());
      return;
    }
    if (violations.isEmpty()) {
      return;
    }
    List<FieldError> errors = violations.stream()
        .map(violation -> new FieldError(wirePath(violation.getPropertyPath()), violation.getMessage()))
        .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
        .toList();
    throw new RequestValidationException(body.getClass().getSimpleName(), errors);
  }

  @Override
  public void close() {
    factory.close();
  }

  private static String wirePath(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(WireNames.snakeCase(node.getName()));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "JakartaRequestValidator[" + validator.getClass().getName() + "]";
  }
}
