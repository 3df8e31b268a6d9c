package app.konqer.server.generation.objection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Reads the objection knowledge seeded by the {@code V3__objection_knowledge} migration from the tables
 * {@code objection_patterns}, {@code objection_frameworks} and {@code case_studies}.
 */
public final class ObjectionKnowledgeRepository {
  private static final String PATTERNS =
      "SELECT objection_type, pattern, weight FROM objection_patterns ORDER BY id";
  private static final String FRAMEWORKS =
      "SELECT id, name, description, suited_types FROM objection_frameworks ORDER BY id";
  private static final String CASE_STUDIES =
      "SELECT id, title, industry, objection_type, summary, metric FROM case_studies ORDER BY id";

  private final DataSource dataSource;

  /**
   * Creates a repository.
   *
   * @param dataSource the server's database
   */
  public ObjectionKnowledgeRepository(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Loads all of it, in one connection.
   *
   * @return the patterns, frameworks and case studies
   * @throws IllegalStateException if the database cannot be read or holds a value this server does not know
   */
  public ObjectionKnowledge load() {
    try (Connection connection = dataSource.getConnection()) {
      return new ObjectionKnowledge(
          query(connection, PATTERNS, rs -> new ObjectionPattern(
              type(rs.getString(1)), rs.getString(2), rs.getInt(3))),
          query(connection, FRAMEWORKS, rs -> new ObjectionFramework(
              rs.getString(1), rs.getString(2), rs.getString(3), types(rs.getArray(4)))),
          query(connection, CASE_STUDIES, rs -> new CaseStudy(
              rs.getString(1), rs.getString(2), rs.getString(3), type(rs.getString(4)), rs.getString(5),
              rs.getString(6))));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the objection knowledge", e);
    }
  }

  private static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
      return rows;
    }
  }

  private static List<ObjectionType> types(Array array) throws SQLException {
    List<ObjectionType> types = new ArrayList<>();
    for (Object id : (Object[]) array.getArray()) {
      types.add(type((String) id));
    }
    array.free();
    return types;
  }

  private static ObjectionType type(String id) {
    return ObjectionType.fromId(id)
        .orElseThrow(() -> new IllegalStateException("Unknown objection type in the database: " + id));
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }
}
