package app.konqer.server.generation.objection;

import java.util.List;

/**
 * Everything the objection service knows: the patterns that classify, the frameworks that answer and the case
 * studies that prove.
 *
 * @param patterns the classification patterns
 * @param frameworks the answer frameworks
 * @param caseStudies the customer stories
 */
public record ObjectionKnowledge(List<ObjectionPattern> patterns, List<ObjectionFramework> frameworks,
    List<CaseStudy> caseStudies) {

  /** Copies the lists. */
  public ObjectionKnowledge {
    patterns = List.copyOf(patterns);
    frameworks = List.copyOf(frameworks);
    caseStudies = List.copyOf(caseStudies);
  }
}
