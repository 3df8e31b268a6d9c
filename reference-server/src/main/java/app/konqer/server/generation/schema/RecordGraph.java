package app.konqer.server.generation.schema;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records reachable from a root record: how many members refer to each, which are recursive, and how deep
 * objects nest. A record referred to by two members, or reachable from itself, is defined once and referenced.
 */
final class RecordGraph {
  private final Map<Class<?>, Integer> references = new HashMap<>();
  private final Set<Class<?>> recursive = new HashSet<>();
  private final Set<Class<?>> visited = new HashSet<>();
  private final int depth;

  RecordGraph(Class<?> root) {
    visit(root, new ArrayDeque<>());
    depth = depth(root, new ArrayDeque<>());
  }

  /** Whether the record is written once in {@code $defs} and referenced wherever it is used. */
  boolean isShared(Class<?> record) {
    return recursive.contains(record) || references.getOrDefault(record, 0) > 1;
  }

  boolean isRecursive(Class<?> record) {
    return recursive.contains(record);
  }

  /** Levels of nested objects, the root being level one; a recursive reference adds no level. */
  int depth() {
    return depth;
  }

  private void visit(Class<?> record, Deque<Class<?>> path) {
    visited.add(record);
    path.push(record);
    for (RecordComponent component : record.getRecordComponents()) {
      Optional<Class<?>> child = Members.recordIn(component.getAnnotatedType());
      if (child.isEmpty()) {
        continue;
      }
      references.merge(child.get(), 1, Integer::sum);
      if (path.contains(child.get())) {
        recursive.add(child.get());
      } else if (!visited.contains(child.get())) {
        visit(child.get(), path);
      }
    }
    path.pop();
  }

  private static int depth(Class<?> record, Deque<Class<?>> path) {
    path.push(record);
    int deepest = 0;
    for (RecordComponent component : record.getRecordComponents()) {
      Optional<Class<?>> child = Members.recordIn(component.getAnnotatedType());
      if (child.isPresent() && !path.contains(child.get())) {
        deepest = Math.max(deepest, depth(child.get(), path));
      }
    }
    path.pop();
    return deepest + 1;
  }
}
