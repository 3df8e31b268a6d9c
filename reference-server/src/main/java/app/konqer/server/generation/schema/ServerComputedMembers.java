package app.konqer.server.generation.schema;

import app.konqer.sdk.services.contract.ServerComputed;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The members of an output record that the server fills in itself, found by their
 * {@link ServerComputed @ServerComputed} annotation, as the dotted wire paths {@link JsonSchemas#strict(Class, Set)}
 * leaves out of the model's schema: {@code personalization_score}, or {@code ranked.warmth_score} for a member of
 * the items of {@code ranked}.
 */
public final class ServerComputedMembers {
  private ServerComputedMembers() {}

  /**
   * The server-computed members of a record and of the records it holds.
   *
   * @param type the output record
   * @return their paths, in declaration order
   * @throws IllegalArgumentException when the type is not a record
   */
  public static Set<String> of(Class<?> type) {
    requireRecord(type);
    Set<String> paths = new LinkedHashSet<>();
    walk(type, "", new HashSet<>(), paths);
    return Collections.unmodifiableSet(paths);
  }

  /**
   * The strict schema the model is asked to fill: the record without its server-computed members.
   *
   * @param type the output record
   * @return the schema
   * @throws IllegalArgumentException when the type is not a record or strict mode cannot express it
   */
  public static StrictJsonSchema modelSchema(Class<?> type) {
    return JsonSchemas.strict(requireRecord(type), of(type));
  }

  private static Class<? extends Record> requireRecord(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    return type.asSubclass(Record.class);
  }

  private static void walk(Class<?> record, String prefix, Set<Class<?>> onPath, Set<String> paths) {
    if (!onPath.add(record)) {
      return;
    }
    for (RecordComponent component : record.getRecordComponents()) {
      String path = prefix + Members.wireName(component);
      if (component.isAnnotationPresent(ServerComputed.class)) {
        paths.add(path);
        continue;
      }
      Optional<Class<?>> nested = Members.recordIn(component.getAnnotatedType());
      if (nested.isPresent()) {
        walk(nested.get(), path + ".", onPath, paths);
      }
    }
    onPath.remove(record);
  }
}
