package app.konqer.server.fuzz;

import app.konqer.sdk.json.KonqerJson;
import com.squareup.moshi.JsonAdapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as plain trees ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean},
 * {@code null}) that mutations edit, and their encoding. A {@link Raw} value is written byte for byte, for what no
 * JSON writer produces: invalid UTF-8 inside a string, {@code NaN}, a number past any range.
 */
final class JsonTree {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final JsonAdapter<Object> PARSER = KonqerJson.create().adapter(Object.class);

  /**
   * Bytes written as they are.
   *
   * @param bytes the bytes
   */
  record Raw(byte[] bytes) {
    static Raw of(String text) {
      return new Raw(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private JsonTree() {}

  /**
   * Parses JSON into a mutable tree.
   *
   * @param json the JSON
   * @return the tree
   */
  static Object parse(String json) {
    try {
      return copy(PARSER.fromJson(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A deep, mutable copy.
   *
   * @param value a tree
   * @return its copy
   */
  @SuppressWarnings("unchecked")
  static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return value;
  }

  /**
   * Encodes a tree. Non-ASCII text is written as UTF-8, except lone surrogates, which are escaped so that they
   * reaches the server as {@code \}{@code uD800}.
   *
   * @param value the tree
   * @return the JSON bytes
   */
  static byte[] encode(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, value);
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, Object value) {
    if (value == null) {
      ascii(out, "null");
    } else if (value instanceof Raw raw) {
      out.writeBytes(raw.bytes());
    } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer
        || value instanceof BigDecimal) {
      ascii(out, value.toString());
    } else if (value instanceof Double d) {
      ascii(out, d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
    } else if (value instanceof Number n) {
      ascii(out, n.toString());
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Map<?, ?> map) {
      out.write('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.write(',');
        }
        first = false;
        string(out, (String) entry.getKey());
        out.write(':');
        write(out, entry.getValue());
      }
      out.write('}');
    } else if (value instanceof List<?> list) {
      out.write('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        write(out, list.get(i));
      }
      out.write(']');
    } else {
      throw new IllegalArgumentException("Not a JSON tree value: " + value.getClass());
    }
  }

  private static void string(ByteArrayOutputStream out, String s) {
    StringBuilder text = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\').append(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        text.append(c).append(s.charAt(++i));
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        text.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
            .append(HEX[c & 0xf]);
      } else {
        text.append(c);
      }
    }
    out.writeBytes(text.append('"').toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
