package app.konqer.server.generation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.carousel.CarouselOutput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerComputedMembersTest {
  @Test
  void findsTheAnnotatedMembersAtAnyDepthAsWirePaths() {
    assertThat(ServerComputedMembers.of(ColdDmOutput.class))
        .containsExactly("personalization_score", "context_used", "enrichment_sources");
    assertThat(ServerComputedMembers.of(ObjectionOutput.class))
        .containsExactly("objection_type", "framework_used", "case_study_id");
    assertThat(ServerComputedMembers.of(CarouselOutput.class)).containsExactly("canva_edit_link");
    assertThat(ServerComputedMembers.of(WarmrankerOutput.class)).containsExactly("ranked.warmth_score");
    assertThat(ServerComputedMembers.of(NoShowShieldOutput.class))
        .containsExactly("no_show_risk", "risk_level", "factors");
  }

  @Test
  void servicesWithoutThemHaveNone() {
    assertThat(ServerComputedMembers.of(ServiceDefinitions.BATTLECARDS.outputType())).isEmpty();
  }

  @Test
  void theModelSchemaLeavesThemOut() {
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      String schema = ServerComputedMembers.modelSchema(definition.outputType()).schema().toString();
      for (String path : ServerComputedMembers.of(definition.outputType())) {
        String member = path.substring(path.lastIndexOf('.') + 1);
        assertThat(schema).as(definition.service().id()).doesNotContain(member + "=");
      }
    }
    Map<String, Object> ranked = ServerComputedMembers.modelSchema(WarmrankerOutput.class).schema();
    assertThat(ranked.get("required")).isEqualTo(List.of("ranked"));
  }

  @Test
  void onlyRecordsHaveMembers() {
    assertThatIllegalArgumentException().isThrownBy(() -> ServerComputedMembers.of(String.class))
        .withMessageContaining("not a record");
  }
}
