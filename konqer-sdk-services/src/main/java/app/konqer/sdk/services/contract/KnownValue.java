package app.konqer.sdk.services.contract;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The enum value must be one the contract defines, not the {@code UNKNOWN} constant that stands for a value this
 * SDK could not read.
 *
 * <p>Konqer enums decode values they do not know to {@code UNKNOWN} so that old clients keep working. In a request,
 * or in output the server validates, such a value is an error: the violation message lists the accepted wire values,
 * for example {@code must be one of friendly, direct, formal}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = KnownValueValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface KnownValue {
  /**
   * The message used when the accepted values cannot be listed.
   *
   * @return the message template
   */
  String message() default "must be a known value";

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
