package app.konqer.server.generation.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards the seed data of the V3 migration without a database. */
class ObjectionSeedTest {
  private static final Set<String> TYPE_IDS =
      Arrays.stream(ObjectionType.values()).map(ObjectionType::id).collect(Collectors.toSet());

  private final SqlSeed seed = SqlSeed.fromClasspath(SeedKnowledge.MIGRATION);

  @Test
  void seedsAtLeastFiftyPatternsCoveringAllEightTypes() {
    List<Map<String, Object>> patterns = seed.rows("objection_patterns");

    assertThat(patterns).hasSizeGreaterThanOrEqualTo(50);
    assertThat(patterns).extracting(row -> row.get("objection_type")).allMatch(TYPE_IDS::contains);
    assertThat(patterns.stream().map(row -> row.get("objection_type")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(TYPE_IDS);
    assertThat(patterns).extracting(row -> (Integer) row.get("weight")).allMatch(w -> w >= 1 && w <= 5);
    assertThat(patterns).extracting(row -> row.get("objection_type") + "/" + row.get("pattern"))
        .doesNotHaveDuplicates();
  }

  @Test
  void everyPatternCompiles() {
    ObjectionKnowledge knowledge = SeedKnowledge.load();
    new ObjectionClassifier(knowledge.patterns());
    assertThat(knowledge.patterns()).hasSize(seed.rows("objection_patterns").size());
  }

  @Test
  void seedsTheNamedFrameworksWithValidTypes() {
    List<Map<String, Object>> frameworks = seed.rows("objection_frameworks");

    assertThat(frameworks).extracting(row -> row.get("name")).contains("Cost vs Value", "Urgency Creation",
        "Social Proof", "Feel-Felt-Found", "Isolate and Confirm", "Reframe to Risk", "Champion Enablement");
    for (Map<String, Object> framework : frameworks) {
      assertThat((List<?>) framework.get("suited_types")).as("suited types of %s", framework.get("id"))
          .isNotEmpty().allMatch(TYPE_IDS::contains).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyTypeHasAFrameworkThatListsIt() {
    Set<ObjectionType> covered = EnumSet.noneOf(ObjectionType.class);
    SeedKnowledge.load().frameworks().forEach(f -> covered.addAll(f.suitedTypes()));
    assertThat(covered).containsExactlyInAnyOrder(ObjectionType.values());
  }

  @Test
  void seedsAtLeastTwelveCaseStudiesWithValidTypesAndIds() {
    List<Map<String, Object>> caseStudies = seed.rows("case_studies");

    assertThat(caseStudies).hasSizeGreaterThanOrEqualTo(12);
    assertThat(caseStudies).extracting(row -> row.get("objection_type")).allMatch(TYPE_IDS::contains);
    assertThat(caseStudies).extracting(row -> (String) row.get("id"))
        .allMatch(id -> id.matches("cs-[a-z0-9]+(-[a-z0-9]+)*")).doesNotHaveDuplicates();
    Set<ObjectionType> covered = SeedKnowledge.load().caseStudies().stream()
        .map(CaseStudy::objectionType).collect(Collectors.toSet());
    assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.of(ObjectionType.OTHER)));
  }
}
