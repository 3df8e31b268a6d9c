package app.konqer.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints a JSON value (maps, lists, scalars) as an indented outline for people. */
final class Tree {
  private Tree() {}

  /**
   * Prints a value.
   *
   * @param value a JSON value, as Moshi's {@code toJsonValue} makes it
   * @param out where to print
   * @param indent the indentation of the first level
   */
  static void print(Object value, PrintWriter out, String indent) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        entry(String.valueOf(entry.getKey()) + ":", entry.getValue(), out, indent);
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        entry("-", item, out, indent);
      }
    } else {
      out.println(indent + scalar(value));
    }
  }

  /** One member: nested values below it, multi-line text indented below it, anything else on its line. */
  private static void entry(String label, Object value, PrintWriter out, String indent) {
    boolean empty = value instanceof Map<?, ?> map && map.isEmpty() || value instanceof List<?> list && list.isEmpty();
    if (empty || value == null) {
      out.println(indent + label + " (none)");
    } else if (value instanceof Map || value instanceof List) {
      out.println(indent + label);
      print(value, out, indent + "  ");
    } else if (scalar(value).contains("\n")) {
      out.println(indent + label);
      for (String line : scalar(value).split("\n", -1)) {
        out.println((indent + "  " + line).stripTrailing());
      }
    } else {
      out.println(indent + label + " " + scalar(value));
    }
  }

  private static String scalar(Object value) {
    if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
      return Long.toString(number.longValue());
    }
    return String.valueOf(value);
  }
}
