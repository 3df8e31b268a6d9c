package app.konqer.server.generation.engine;

import app.konqer.sdk.error.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** The model's output broke its contract, and so did the one repair attempt. */
public final class InvalidOutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 5;

  private final transient List<FieldError> violations;

  /**
   * Creates the exception.
   *
   * @param violations what was wrong with the last answer
   */
  public InvalidOutputException(List<FieldError> violations) {
    super("The model's output broke the contract after one repair attempt: " + summary(violations));
    this.violations = List.copyOf(violations);
  }

  /** @return what was wrong with the last answer */
  public List<FieldError> violations() {
    return violations;
  }

  private static String summary(List<FieldError> violations) {
    String shown = violations.stream().limit(SHOWN)
        .map(v -> (v.field().isEmpty() ? "" : v.field() + ": ") + v.message())
        .collect(Collectors.joining("; "));
    return violations.size() > SHOWN ? shown + "; and " + (violations.size() - SHOWN) + " more" : shown;
  }
}
