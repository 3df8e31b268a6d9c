package app.konqer.sdk.services.contract;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A score on the one scale every Konqer service uses: a whole number from 0 to 100, higher meaning more of what the
 * score names (more personal, more relevant, riskier, warmer). {@code null} is valid; add {@code @NotNull} where the
 * score is required.
 */
@Min(0)
@Max(100)
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Score {
  /**
   * The violation message, reported once for a value outside the scale.
   *
   * @return the message template
   */
  String message() default "must be between 0 and 100";

  /**
   * Validation groups.
   *
   * @return the groups this constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the Bean Validation API.
   *
   * @return the payload types
   */
  Class<? extends Payload>[] payload() default {};
}
