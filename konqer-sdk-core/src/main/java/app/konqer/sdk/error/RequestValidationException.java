package app.konqer.sdk.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request body broke its constraints, found on the client before anything was sent. Thrown only when a Jakarta
 * Validation provider, such as Hibernate Validator, is on the classpath; without one the server validates and
 * answers with an {@link UnprocessableEntityException}.
 */
public class RequestValidationException extends KonqerException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> fieldErrors;

  /**
   * Creates the exception.
   *
   * @param requestType the simple name of the invalid request type
   * @param fieldErrors every violation, with field paths in wire (snake_case) names
   */
  public RequestValidationException(String requestType, List<FieldError> fieldErrors) {
    super("Invalid " + requestType + ": " + fieldErrors.stream()
        .map(error -> error.field() + " " + error.message())
        .collect(Collectors.joining("; ")));
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /**
   * Every violation.
   *
   * @return the invalid fields, with paths in wire names such as {@code prospect.company_name}
   */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
