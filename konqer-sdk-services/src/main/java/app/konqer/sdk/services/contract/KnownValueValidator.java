package app.konqer.sdk.services.contract;

import app.konqer.sdk.json.KonqerJson;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Checks {@link KnownValue}: rejects an enum's {@code UNKNOWN} constant and names the accepted wire values. */
public final class KnownValueValidator implements ConstraintValidator<KnownValue, Enum<?>> {
  private static final String UNKNOWN = "UNKNOWN";

  /** Creates the validator; the validation provider calls this. */
  public KnownValueValidator() {}

  @Override
  public boolean isValid(Enum<?> value, ConstraintValidatorContext context) {
    if (value == null || !UNKNOWN.equals(value.name())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("must be one of " + acceptedValues(value))
        .addConstraintViolation();
    return false;
  }

  private static String acceptedValues(Enum<?> value) {
    return Arrays.stream(value.getDeclaringClass().getEnumConstants())
        .filter(constant -> !UNKNOWN.equals(constant.name()))
        .map(KnownValueValidator::wireName)
        .collect(Collectors.joining(", "));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String wireName(Enum<?> constant) {
    return KonqerJson.wireName((Enum) constant);
  }
}
