package app.konqer.server.generation;

import app.konqer.sdk.services.contract.ServerComputed;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Finds the server-computed members of an output that are still unset. */
final class ServerComputedValues {
  private ServerComputedValues() {}

  /** The paths of {@link ServerComputed} members, at any depth, that are {@code null}. */
  static List<String> unset(Object output) {
    List<String> unset = new ArrayList<>();
    walk(output, "", unset);
    return unset;
  }

  private static void walk(Object value, String path, List<String> unset) {
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object member;
        try {
          member = component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        String memberPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
        if (component.isAnnotationPresent(ServerComputed.class) && member == null) {
          unset.add(memberPath);
        }
        walk(member, memberPath, unset);
      }
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", unset);
      }
    }
  }
}
