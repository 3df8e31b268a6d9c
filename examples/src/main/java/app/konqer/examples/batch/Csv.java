package app.konqer.examples.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV: comma-separated fields, optionally in double quotes, with {@code ""} for a quote and line breaks
 * allowed inside quotes. The first record is the header; each later record becomes a map from header to field.
 */
public final class Csv {
  private Csv() {}

  /**
   * Reads a CSV document with a header.
   *
   * @param reader the document
   * @return one map per record, keyed by the header's names, in the document's order
   * @throws IllegalArgumentException when a record has more fields than the header, or a quote is not closed
   */
  public static List<Map<String, String>> read(Reader reader) {
    List<List<String>> records = records(reader instanceof BufferedReader buffered ? buffered
        : new BufferedReader(reader));
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      if (fields.size() > header.size()) {
        throw new IllegalArgumentException("Record " + (i + 1) + " has " + fields.size() + " fields; the header has "
            + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int f = 0; f < header.size(); f++) {
        row.put(header.get(f).strip(), f < fields.size() ? fields.get(f) : "");
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Formats one record, quoting the fields that need it.
   *
   * @param fields the fields
   * @return the record, ending with a line break
   */
  public static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String field = fields.get(i) == null ? "" : fields.get(i);
      if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.append('\n').toString();
  }

  private static List<List<String>> records(BufferedReader reader) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    try {
      int c;
      while ((c = reader.read()) != -1) {
        any = true;
        if (quoted) {
          if (c == '"') {
            reader.mark(1);
            int next = reader.read();
            if (next == '"') {
              field.append('"');
            } else {
              quoted = false;
              if (next != -1) {
                reader.reset();
              }
            }
          } else {
            field.append((char) c);
          }
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          record.add(field.toString());
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
        } else if (c != '\r') {
          field.append((char) c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CSV", e);
    }
    if (quoted) {
      throw new IllegalArgumentException("A quoted field is not closed at the end of the CSV");
    }
    if (any && (field.length() > 0 || !record.isEmpty())) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
