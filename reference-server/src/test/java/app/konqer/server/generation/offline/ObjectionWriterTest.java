package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.objection.ObjectionType;
import app.konqer.server.generation.objection.ObjectionFramework;
import app.konqer.server.generation.objection.ObjectionPlan;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectionWriterTest {
  private final ObjectionWriter writer = new ObjectionWriter();
  private final PipelineFill pipeline = new PipelineFill();

  @Test
  void answersInTheFourStepsOfThePlanAndReportsThePlan() {
    ObjectionInput input = realistic();
    ObjectionPlan plan = pipeline.plan(input);

    ObjectionOutput output = writer.write(input, ServerFacts.of(plan));

    assertThat(output.objectionType()).isEqualTo(ObjectionType.PRICE);
    assertThat(output.frameworkUsed()).isEqualTo("Cost vs Value");
    assertThat(output.caseStudyId()).isEqualTo("cs-saas-payback");
    assertThat(output.response()).isEqualTo(String.join(" ", output.structure().empathy(),
        output.structure().reframe(), output.structure().evidence(), output.structure().action()));
    assertThat(output.structure().empathy()).contains("EUR 48,000 a year");
    assertThat(output.structure().reframe()).startsWith("Rather than compare price tags");
    assertThat(output.structure().evidence()).contains("paid back the licence in one quarter")
        .endsWith("Result: Payback in 11 weeks.");
    assertThat(output.structure().action()).endsWith("?");
  }

  @Test
  void followsThePreferredFrameworkTheServerChose() {
    ObjectionInput input = realistic().toBuilder().preferredFramework("social proof").build();

    ObjectionOutput output = writer.write(input, ServerFacts.of(pipeline.plan(input)));

    assertThat(output.frameworkUsed()).isEqualTo("Social Proof");
    assertThat(output.structure().reframe()).startsWith("You do not have to take my word for it")
        .contains("teams like yours in SaaS");
  }

  @Test
  void withoutACaseStudyTheEvidenceIsACheckTheProspectCanRunNotAnInventedCustomer() {
    ObjectionInput input = ObjectionInput.builder()
        .objection("I need to run this by my boss and procurement first.").build();

    ObjectionOutput output = writer.write(input, ServerFacts.of(pipeline.plan(input)));

    assertThat(output.objectionType()).isEqualTo(ObjectionType.AUTHORITY);
    assertThat(output.caseStudyId()).isNull();
    assertThat(output.structure().evidence()).doesNotContain("Result:")
        .isEqualTo("A one-page summary of the cost of the problem, the price and the expected payback is usually "
            + "what decision makers ask for first.");
  }

  @Test
  void everySeededFrameworkHasItsOwnReframe() {
    Set<String> reframes = new HashSet<>();
    for (ObjectionFramework framework : TestKnowledge.knowledge().frameworks()) {
      ObjectionPlan plan = new ObjectionPlan(pipeline.plan(realistic()).classification(), framework, null);

      reframes.add(writer.write(realistic(), ServerFacts.of(plan)).structure().reframe());
    }

    assertThat(reframes).hasSize(TestKnowledge.knowledge().frameworks().size());
  }

  @Test
  void responsesReadAsOneSpokenReplyOf60To150Words() {
    for (Samples.Case sample : Samples.of(ServiceDefinitions.OBJECTION).all()) {
      ObjectionInput input = (ObjectionInput) sample.input();

      String response = writer.write(input, ServerFacts.of(pipeline.plan(input))).response();

      assertThat(response.split("\\s+")).as(sample.name()).hasSizeBetween(60, 150);
    }
  }

  @Test
  void refusesToAnswerWithoutThePlan() {
    assertThatThrownBy(() -> writer.write(realistic(), ServerFacts.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ObjectionPlan");
  }

  private static ObjectionInput realistic() {
    return (ObjectionInput) Samples.of(ServiceDefinitions.OBJECTION).realistic();
  }
}
