package app.konqer.server.generation.objection;

import java.util.Objects;

/** Classifies an objection and picks its framework and case study, from one {@link ObjectionKnowledge}. */
public final class ObjectionPlanner {
  private final ObjectionClassifier classifier;
  private final FrameworkSelector frameworks;
  private final CaseStudySelector caseStudies;

  /**
   * Creates a planner.
   *
   * @param knowledge the patterns, frameworks and case studies; at least one framework
   */
  public ObjectionPlanner(ObjectionKnowledge knowledge) {
    Objects.requireNonNull(knowledge, "knowledge");
    this.classifier = new ObjectionClassifier(knowledge.patterns());
    this.frameworks = new FrameworkSelector(knowledge.frameworks());
    this.caseStudies = new CaseStudySelector(knowledge.caseStudies());
  }

  /**
   * Plans the answer to an objection.
   *
   * @param objection what the prospect said
   * @param preferredFramework the caller's preferred framework; {@code null} or unknown means the best fit
   * @param industry the deal's industry; {@code null} means any
   * @return the type, framework and case study
   */
  public ObjectionPlan plan(String objection, String preferredFramework, String industry) {
    ObjectionClassification classification = classifier.classify(objection);
    return new ObjectionPlan(classification,
        frameworks.select(classification.type(), preferredFramework),
        caseStudies.select(classification.type(), industry).orElse(null));
  }
}
