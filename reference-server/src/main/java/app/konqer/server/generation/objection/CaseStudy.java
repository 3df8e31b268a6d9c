package app.konqer.server.generation.objection;

import java.util.Objects;

/**
 * A customer story that answers one kind of objection.
 *
 * @param id a stable id such as {@code cs-saas-roi}, written as {@code case_study_id}
 * @param title a one-line title
 * @param industry the customer's industry, such as {@code SaaS}
 * @param objectionType the objection the story answers
 * @param summary what happened, for the prompt
 * @param metric the headline result, such as {@code "3.2x ROI in 9 months"}
 */
public record CaseStudy(String id, String title, String industry, ObjectionType objectionType, String summary,
    String metric) {

  /** Checks the fields. */
  public CaseStudy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(objectionType, "objectionType");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(metric, "metric");
  }
}
