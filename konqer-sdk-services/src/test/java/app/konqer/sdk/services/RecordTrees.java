package app.konqer.sdk.services;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Reflective walks over record trees, to check a rule on every member of every service without copying it 12 times. */
final class RecordTrees {
  /** A string somewhere in a record tree: its validation path, and how to rebuild the root with another value. */
  record Leaf(String path, UnaryOperator<Object> replace) {
    Object with(String value) {
      return replace.apply(value);
    }
  }

  private RecordTrees() {}

  /** Every non-null string in the tree, with paths as Hibernate Validator writes them. */
  static List<Leaf> strings(Record root) {
    List<Leaf> leaves = new ArrayList<>();
    collect(root, "", UnaryOperator.identity(), leaves);
    return leaves;
  }

  private static void collect(Object value, String path, UnaryOperator<Object> rebuild, List<Leaf> leaves) {
    if (value instanceof String) {
      leaves.add(new Leaf(path, rebuild));
    } else if (value instanceof Record record) {
      RecordComponent[] components = record.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        int index = i;
        String childPath = path.isEmpty() ? components[i].getName() : path + "." + components[i].getName();
        collect(component(record, i), childPath,
            child -> rebuild.apply(withComponent(record, index, child)), leaves);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        int index = i;
        Object element = list.get(i);
        String elementPath = path + "[" + i + "]" + (element instanceof String ? ".<list element>" : "");
        collect(element, elementPath, child -> rebuild.apply(withElement(list, index, child)), leaves);
      }
    }
  }

  /** A copy of the record with one component replaced. */
  static <R extends Record> R withComponent(R record, String name, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return withComponent(record, i, value);
      }
    }
    throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + name);
  }

  /** An instance built with {@code null} for every component, as JSON with no members would decode. */
  static <R> R allNull(Class<R> type) {
    return construct(type, new Object[type.getRecordComponents().length]);
  }

  static Object component(Record record, int index) {
    try {
      return record.getClass().getRecordComponents()[index].getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> R withComponent(R record, int index, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = i == index ? value : component(record, i);
    }
    return (R) construct(record.getClass(), values);
  }

  private static List<Object> withElement(List<?> list, int index, Object value) {
    List<Object> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  private static <R> R construct(Class<R> type, Object[] values) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      Constructor<R> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
