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
        Object child = entry.getValue();
        if (child instanceof Map || child instanceof List) {
          out.println(indent + entry.getKey() + ":");
          print(child, out, indent + "  ");
        } else {
          out.println(indent + entry.getKey() + ": " + scalar(child));
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map || item instanceof List) {
          out.println(indent + "-");
          print(item, out, indent + "  ");
        } else {
          out.println(indent + "- " + scalar(item));
        }
      }
    } else {
      out.println(indent + scalar(value));
    }
  }

  private static String scalar(Object value) {
    if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
      return Long.toString(number.longValue());
    }
    return String.valueOf(value);
  }
}
