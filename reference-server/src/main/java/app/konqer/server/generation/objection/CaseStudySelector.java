package app.konqer.server.generation.objection;

import app.konqer.server.generation.scoring.NormalizedText;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the case study that backs an answer: one of the objection's type, preferring the deal's industry, then
 * the smallest id. Industries match ignoring case and punctuation when one contains the other as whole words, so
 * {@code "B2B SaaS"} matches {@code "SaaS"}.
 */
public final class CaseStudySelector {
  private final List<CaseStudy> caseStudies;

  /**
   * Creates a selector.
   *
   * @param caseStudies the known case studies
   */
  public CaseStudySelector(List<CaseStudy> caseStudies) {
    Objects.requireNonNull(caseStudies, "caseStudies");
    this.caseStudies = caseStudies.stream().sorted(Comparator.comparing(CaseStudy::id)).toList();
  }

  /**
   * Chooses a case study.
   *
   * @param type the objection's type
   * @param industry the deal's industry; {@code null} or blank means any
   * @return the case study, or empty when none answers this type
   */
  public Optional<CaseStudy> select(ObjectionType type, String industry) {
    Objects.requireNonNull(type, "type");
    NormalizedText wanted = NormalizedText.of(industry);
    List<CaseStudy> ofType = caseStudies.stream().filter(c -> c.objectionType() == type).toList();
    return ofType.stream()
        .filter(c -> sameIndustry(wanted, NormalizedText.of(c.industry())))
        .findFirst()
        .or(() -> ofType.stream().findFirst());
  }

  private static boolean sameIndustry(NormalizedText wanted, NormalizedText candidate) {
    return wanted.contains(candidate) || candidate.contains(wanted);
  }
}
