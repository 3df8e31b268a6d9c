package app.konqer.server.generation.schema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Translates the bean validation constraints that strict mode can enforce into schema keywords: numeric bounds,
 * item counts and the email format. Everything else is left to the server's validation of the parsed record.
 */
final class Constraints {
  private Constraints() {}

  private record Bound(BigDecimal value, boolean exclusive) {
    /** Whether this lower (or, with {@code lower} false, upper) bound admits fewer values than {@code other}. */
    boolean tighterThan(Bound other, boolean lower) {
      if (other == null) {
        return true;
      }
      int order = value.compareTo(other.value);
      if (order == 0) {
        return exclusive && !other.exclusive;
      }
      return lower ? order > 0 : order < 0;
    }
  }

  static void numeric(List<Annotation> annotations, Map<String, Object> schema) {
    Bound lower = null;
    Bound upper = null;
    for (Annotation annotation : annotations) {
      Bound candidate = lowerBound(annotation);
      if (candidate != null && candidate.tighterThan(lower, true)) {
        lower = candidate;
      }
      candidate = upperBound(annotation);
      if (candidate != null && candidate.tighterThan(upper, false)) {
        upper = candidate;
      }
    }
    if (lower != null) {
      schema.put(lower.exclusive ? "exclusiveMinimum" : "minimum", number(lower.value));
    }
    if (upper != null) {
      schema.put(upper.exclusive ? "exclusiveMaximum" : "maximum", number(upper.value));
    }
  }

  static void items(List<Annotation> annotations, Map<String, Object> schema) {
    int min = Members.find(annotations, NotEmpty.class).isPresent() ? 1 : 0;
    int max = Integer.MAX_VALUE;
    Size size = Members.find(annotations, Size.class).orElse(null);
    if (size != null) {
      min = Math.max(min, size.min());
      max = size.max();
    }
    if (min > 0) {
      schema.put("minItems", min);
    }
    if (max != Integer.MAX_VALUE) {
      schema.put("maxItems", max);
    }
  }

  static void string(List<Annotation> annotations, Map<String, Object> schema) {
    if (!schema.containsKey("format") && Members.find(annotations, Email.class).isPresent()) {
      schema.put("format", "email");
    }
  }

  private static Bound lowerBound(Annotation annotation) {
    if (annotation instanceof Min min) {
      return new Bound(BigDecimal.valueOf(min.value()), false);
    }
    if (annotation instanceof DecimalMin min) {
      return new Bound(new BigDecimal(min.value()), !min.inclusive());
    }
    if (annotation instanceof Positive) {
      return new Bound(BigDecimal.ZERO, true);
    }
    if (annotation instanceof PositiveOrZero) {
      return new Bound(BigDecimal.ZERO, false);
    }
    return null;
  }

  private static Bound upperBound(Annotation annotation) {
    if (annotation instanceof Max max) {
      return new Bound(BigDecimal.valueOf(max.value()), false);
    }
    if (annotation instanceof DecimalMax max) {
      return new Bound(new BigDecimal(max.value()), !max.inclusive());
    }
    if (annotation instanceof Negative) {
      return new Bound(BigDecimal.ZERO, true);
    }
    if (annotation instanceof NegativeOrZero) {
      return new Bound(BigDecimal.ZERO, false);
    }
    return null;
  }

  /** A bound as JSON writes it best: a whole number as a long, anything else as a double. */
  private static Number number(BigDecimal value) {
    try {
      return value.longValueExact();
    } catch (ArithmeticException notWhole) {
      return value.doubleValue();
    }
  }
}
