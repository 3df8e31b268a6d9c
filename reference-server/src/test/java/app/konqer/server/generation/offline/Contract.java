package app.konqer.server.generation.offline;

import app.konqer.sdk.services.contract.ServerComputed;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks records against the contract: Hibernate Validator for the constraints, reflection for completeness. */
final class Contract implements AutoCloseable {
  private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
  private final Validator validator = factory.getValidator();

  /** Every violation of the record's constraints, as {@code path: message}. */
  List<String> violations(Object record) {
    return validator.validate(record).stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .sorted()
        .toList();
  }

  /**
   * The paths of the members, at any depth, that are {@code null} or blank text, except members marked
   * {@link ServerComputed}.
   */
  static List<String> unfilled(Object record) {
    List<String> unfilled = new ArrayList<>();
    walk(record, "", unfilled);
    return unfilled;
  }

  private static void walk(Object value, String path, List<String> unfilled) {
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (component.isAnnotationPresent(ServerComputed.class)) {
          continue;
        }
        Object member;
        try {
          member = component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        String memberPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
        if (member == null || (member instanceof String text && text.isBlank())) {
          unfilled.add(memberPath);
        } else {
          walk(member, memberPath, unfilled);
        }
      }
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", unfilled);
      }
    }
  }

  @Override
  public void close() {
    factory.close();
  }
}
