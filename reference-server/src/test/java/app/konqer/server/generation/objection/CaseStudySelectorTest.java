package app.konqer.server.generation.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStudySelectorTest {
  private final CaseStudySelector selector = new CaseStudySelector(SeedKnowledge.load().caseStudies());

  @Test
  void prefersTheDealsIndustryWithinTheType() {
    assertThat(selector.select(ObjectionType.PRICE, "Manufacturing")).get()
        .extracting(CaseStudy::id).isEqualTo("cs-manufacturing-cost");
    assertThat(selector.select(ObjectionType.PRICE, "B2B SaaS")).get()
        .extracting(CaseStudy::id).isEqualTo("cs-saas-payback");
    assertThat(selector.select(ObjectionType.COMPETITOR, "saas")).get()
        .extracting(CaseStudy::id).isEqualTo("cs-saas-switch");
  }

  @Test
  void withoutAnIndustryMatchTakesTheSmallestIdOfTheType() {
    // price stories: cs-manufacturing-cost < cs-saas-payback
    assertThat(selector.select(ObjectionType.PRICE, null)).get()
        .extracting(CaseStudy::id).isEqualTo("cs-manufacturing-cost");
    assertThat(selector.select(ObjectionType.PRICE, "Healthcare")).get()
        .extracting(CaseStudy::id).isEqualTo("cs-manufacturing-cost");
  }

  @Test
  void neverPicksAStoryOfAnotherType() {
    // a healthcare story exists, but for authority, not trust
    assertThat(selector.select(ObjectionType.TRUST, "Healthcare")).get()
        .extracting(CaseStudy::objectionType).isEqualTo(ObjectionType.TRUST);
  }

  @Test
  void isEmptyWhenNoStoryAnswersTheType() {
    CaseStudySelector small = new CaseStudySelector(List.of(
        new CaseStudy("cs-a", "A", "SaaS", ObjectionType.PRICE, "s", "m")));
    assertThat(small.select(ObjectionType.TIMING, "SaaS")).isEmpty();
  }
}
