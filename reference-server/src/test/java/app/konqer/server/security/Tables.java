package app.konqer.server.security;

import app.konqer.server.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads rows of a test server's database, for assertions on what a request stored. */
final class Tables {
  private final Database database;

  Tables(Database database) {
    this.database = database;
  }

  /** The rows of a query, each as column name to value text (or {@code null}). */
  List<Map<String, String>> rows(String sql, Object... parameters) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        try (ResultSet row = select.executeQuery()) {
          ResultSetMetaData meta = row.getMetaData();
          List<Map<String, String>> rows = new ArrayList<>();
          while (row.next()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
              values.put(meta.getColumnLabel(column), row.getString(column));
            }
            rows.add(values);
          }
          return rows;
        }
      }
    });
  }

  /** The single value of a query. */
  String value(String sql, Object... parameters) {
    List<Map<String, String>> rows = rows(sql, parameters);
    return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
  }

  /** A count query's value. */
  long count(String sql, Object... parameters) {
    return Long.parseLong(value(sql, parameters));
  }

  /** Every row of every table the API writes, as text, to compare before and after a refused request. */
  Map<String, List<Map<String, String>>> snapshot(String... tables) {
    Map<String, List<Map<String, String>>> snapshot = new LinkedHashMap<>();
    for (String table : tables) {
      snapshot.put(table, rows("SELECT * FROM " + table + " ORDER BY 1, 2"));
    }
    return snapshot;
  }
}
