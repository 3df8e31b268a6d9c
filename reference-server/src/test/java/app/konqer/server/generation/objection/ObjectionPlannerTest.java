package app.konqer.server.generation.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectionPlannerTest {
  private final ObjectionPlanner planner = new ObjectionPlanner(SeedKnowledge.load());

  @Test
  void plansTypeFrameworkAndCaseStudy() {
    ObjectionPlan plan = planner.plan("We have no budget until next year.", null, "Logistics");

    assertThat(plan.type()).isEqualTo(ObjectionType.TIMING);
    assertThat(plan.framework().name()).isEqualTo("Urgency Creation");
    assertThat(plan.caseStudyId()).contains("cs-logistics-quarter");
  }

  @Test
  void honoursThePreferredFramework() {
    ObjectionPlan plan = planner.plan("This is too expensive.", "Feel-Felt-Found", "SaaS");

    assertThat(plan.type()).isEqualTo(ObjectionType.PRICE);
    assertThat(plan.framework().id()).isEqualTo("feel-felt-found");
    assertThat(plan.caseStudyId()).contains("cs-saas-payback");
  }

  @Test
  void samePlanForTheSameInput() {
    assertThat(planner.plan("Never heard of you.", "unknown", null))
        .isEqualTo(planner.plan("Never heard of you.", "unknown", null));
  }

  @Test
  void planWithoutCaseStudy() {
    ObjectionPlanner small = new ObjectionPlanner(new ObjectionKnowledge(List.of(),
        List.of(new ObjectionFramework("ffF", "FFF", "d", List.of(ObjectionType.OTHER))), List.of()));
    ObjectionPlan plan = small.plan("Anything", null, null);

    assertThat(plan.type()).isEqualTo(ObjectionType.OTHER);
    assertThat(plan.caseStudy()).isNull();
    assertThat(plan.caseStudyId()).isEmpty();
  }
}
