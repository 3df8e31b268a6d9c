package app.konqer.server.generation.objection;

import java.util.Objects;
import java.util.Optional;

/**
 * What the objection answer is built from: the classified type, the framework and the case study.
 *
 * @param classification the type and its evidence
 * @param framework the framework to answer with
 * @param caseStudy the backing story; {@code null} when none answers this type
 */
public record ObjectionPlan(ObjectionClassification classification, ObjectionFramework framework,
    CaseStudy caseStudy) {

  /** Checks the fields. */
  public ObjectionPlan {
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(framework, "framework");
  }

  /**
   * The type, for {@code objection_type}.
   *
   * @return the classified type
   */
  public ObjectionType type() {
    return classification.type();
  }

  /**
   * The case study's id, for {@code case_study_id}.
   *
   * @return the id, or empty when there is no case study
   */
  public Optional<String> caseStudyId() {
    return Optional.ofNullable(caseStudy).map(CaseStudy::id);
  }
}
