package app.konqer.server.generation.schema;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The members left out of a schema because the server fills them in, as dotted paths of wire names. The records
 * along those paths are pinned: they are written inline, so that leaving a member out in one place does not change
 * a definition shared with another.
 */
final class OmittedMembers {
  private final Set<String> paths;
  private final Set<Class<?>> pinned = new HashSet<>();

  OmittedMembers(Class<?> root, Set<String> paths) {
    this.paths = Set.copyOf(paths);
    for (String path : this.paths) {
      resolve(root, path);
    }
  }

  /** Whether the member at this path is left out; members inside shared definitions have no path. */
  boolean contains(String path) {
    return path != null && paths.contains(path);
  }

  /** Whether the record lies on the path to an omitted member. */
  boolean pins(Class<?> record) {
    return pinned.contains(record);
  }

  private void resolve(Class<?> root, String path) {
    String[] names = path.split("\\.", -1);
    Class<?> current = root;
    for (int i = 0; i < names.length; i++) {
      pinned.add(current);
      RecordComponent component = find(current, names[i]);
      if (component == null) {
        throw new IllegalArgumentException(
            "Cannot omit '" + path + "': " + current.getSimpleName() + " has no member '" + names[i] + "'");
      }
      if (i < names.length - 1) {
        Optional<Class<?>> next = Members.recordIn(component.getAnnotatedType());
        if (next.isEmpty()) {
          throw new IllegalArgumentException(
              "Cannot omit '" + path + "': '" + names[i] + "' of " + current.getSimpleName() + " is not an object");
        }
        current = next.get();
      }
    }
  }

  private static RecordComponent find(Class<?> record, String wireName) {
    for (RecordComponent component : record.getRecordComponents()) {
      if (Members.wireName(component).equals(wireName)) {
        return component;
      }
    }
    return null;
  }
}
