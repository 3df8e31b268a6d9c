package app.konqer.server.generation.objection;

import java.util.List;
import java.util.Map;

/** The objection knowledge exactly as the V3 migration seeds it, read from the SQL text. */
final class SeedKnowledge {
  static final String MIGRATION = "db/migration/V3__objection_knowledge.sql";

  private SeedKnowledge() {
  }

  static ObjectionKnowledge load() {
    SqlSeed seed = SqlSeed.fromClasspath(MIGRATION);
    return new ObjectionKnowledge(
        seed.rows("objection_patterns").stream().map(SeedKnowledge::pattern).toList(),
        seed.rows("objection_frameworks").stream().map(SeedKnowledge::framework).toList(),
        seed.rows("case_studies").stream().map(SeedKnowledge::caseStudy).toList());
  }

  private static ObjectionPattern pattern(Map<String, Object> row) {
    return new ObjectionPattern(type(row.get("objection_type")), (String) row.get("pattern"),
        (Integer) row.get("weight"));
  }

  private static ObjectionFramework framework(Map<String, Object> row) {
    List<?> types = (List<?>) row.get("suited_types");
    return new ObjectionFramework((String) row.get("id"), (String) row.get("name"), (String) row.get("description"),
        types.stream().map(SeedKnowledge::type).toList());
  }

  private static CaseStudy caseStudy(Map<String, Object> row) {
    return new CaseStudy((String) row.get("id"), (String) row.get("title"), (String) row.get("industry"),
        type(row.get("objection_type")), (String) row.get("summary"), (String) row.get("metric"));
  }

  static ObjectionType type(Object id) {
    return ObjectionType.fromId((String) id)
        .orElseThrow(() -> new AssertionError("Unknown objection type in the seed: " + id));
  }
}
