package app.konqer.server.generation.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the migrations on a real PostgreSQL and reads the knowledge back. */
class ObjectionKnowledgeRepositoryTest {
  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void migrate() throws IOException {
    postgres = EmbeddedPostgres.start();
    dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void loadsWhatTheMigrationSeeds() {
    ObjectionKnowledge loaded = new ObjectionKnowledgeRepository(dataSource).load();

    ObjectionKnowledge seeded = SeedKnowledge.load();

    assertThat(loaded.patterns()).isEqualTo(seeded.patterns());
    assertThat(loaded.frameworks()).containsExactlyInAnyOrderElementsOf(seeded.frameworks());
    assertThat(loaded.caseStudies()).containsExactlyInAnyOrderElementsOf(seeded.caseStudies());
  }

  @Test
  void loadedKnowledgePlansAnAnswer() {
    ObjectionPlanner planner = new ObjectionPlanner(new ObjectionKnowledgeRepository(dataSource).load());
    ObjectionPlan plan = planner.plan("I need to talk to my boss.", null, "Healthcare");

    assertThat(plan.type()).isEqualTo(ObjectionType.AUTHORITY);
    assertThat(plan.framework().name()).isEqualTo("Champion Enablement");
    assertThat(plan.caseStudyId()).contains("cs-healthcare-committee");
  }

  @Test
  void databaseRejectsAnUnknownObjectionType() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate(
          "INSERT INTO objection_patterns (objection_type, pattern, weight) VALUES ('pricing', 'x', 1)"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("objection_type_value");
      assertThatThrownBy(() -> statement.executeUpdate(
          "INSERT INTO objection_frameworks (id, name, description, suited_types)"
              + " VALUES ('x', 'X', 'x', ARRAY['price', 'money'])"))
          .isInstanceOf(SQLException.class);
    }
  }
}
