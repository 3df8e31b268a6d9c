package app.konqer.server.generation.objection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of the {@code INSERT INTO t (cols) VALUES (...), (...);} statements of a migration, without a
 * database. Values are strings ({@code 'it''s'}), integers, or string lists ({@code ARRAY['a', 'b']}).
 */
final class SqlSeed {
  private static final Pattern INSERT =
      Pattern.compile("INSERT INTO (\\w+) \\(([^)]*)\\) VALUES", Pattern.CASE_INSENSITIVE);

  private final Map<String, List<Map<String, Object>>> rows;

  private SqlSeed(Map<String, List<Map<String, Object>>> rows) {
    this.rows = rows;
  }

  static SqlSeed fromClasspath(String resource) {
    try (InputStream in = SqlSeed.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SqlSeed parse(String sql) {
    String code = withoutComments(sql);
    Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    Matcher insert = INSERT.matcher(code);
    while (insert.find()) {
      List<String> columns = new ArrayList<>();
      for (String column : insert.group(2).split(",")) {
        columns.add(column.strip());
      }
      Cursor cursor = new Cursor(code, insert.end());
      List<Map<String, Object>> table = rows.computeIfAbsent(insert.group(1), t -> new ArrayList<>());
      while (true) {
        cursor.expect('(');
        List<Object> values = new ArrayList<>();
        do {
          values.add(cursor.value());
        } while (cursor.accept(','));
        cursor.expect(')');
        if (values.size() != columns.size()) {
          throw new IllegalArgumentException("Row with " + values.size() + " values for columns " + columns);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          row.put(columns.get(i), values.get(i));
        }
        table.add(row);
        if (cursor.accept(';')) {
          break;
        }
        cursor.expect(',');
      }
    }
    return new SqlSeed(rows);
  }

  List<Map<String, Object>> rows(String table) {
    return rows.getOrDefault(table, List.of());
  }

  private static String withoutComments(String sql) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        inString = !inString;
      } else if (!inString && c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
        while (i < sql.length() && sql.charAt(i) != '\n') {
          i++;
        }
      }
      if (i < sql.length()) {
        out.append(sql.charAt(i));
      }
    }
    return out.toString();
  }

  private static final class Cursor {
    private final String text;
    private int at;

    Cursor(String text, int at) {
      this.text = text;
      this.at = at;
    }

    Object value() {
      skipSpace();
      if (text.startsWith("ARRAY[", at)) {
        at += "ARRAY[".length();
        List<String> items = new ArrayList<>();
        do {
          skipSpace();
          items.add(string());
        } while (accept(','));
        expect(']');
        return items;
      }
      if (text.charAt(at) == '\'') {
        return string();
      }
      int start = at;
      while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '-')) {
        at++;
      }
      if (start == at) {
        throw new IllegalArgumentException("Unexpected value at " + excerpt());
      }
      return Integer.parseInt(text.substring(start, at));
    }

    private String string() {
      expect('\'');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '\'') {
          if (at < text.length() && text.charAt(at) == '\'') {
            out.append('\'');
            at++;
          } else {
            return out.toString();
          }
        } else {
          out.append(c);
        }
      }
    }

    boolean accept(char c) {
      skipSpace();
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    void expect(char c) {
      if (!accept(c)) {
        throw new IllegalArgumentException("Expected '" + c + "' at " + excerpt());
      }
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private String excerpt() {
      return text.substring(at, Math.min(text.length(), at + 40));
    }
  }
}
