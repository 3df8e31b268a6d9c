package app.konqer.server.generation.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkSelectorTest {
  private final FrameworkSelector selector = new FrameworkSelector(SeedKnowledge.load().frameworks());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "price, Cost vs Value",
      "timing, Urgency Creation",
      "competitor, Competitive Contrast",
      "authority, Champion Enablement",
      "need, Reframe to Risk",
      "trust, Social Proof",
      // second in both reframe-to-risk and urgency-creation: the smaller id wins
      "status_quo, Reframe to Risk",
      // first in both feel-felt-found and isolate-and-confirm: the smaller id wins
      "other, Feel-Felt-Found"})
  void picksTheBestFitForEachType(String type, String framework) {
    assertThat(selector.select(ObjectionType.fromId(type).orElseThrow(), null).name()).isEqualTo(framework);
  }

  @Test
  void honoursAKnownPreferredFrameworkWhateverTheType() {
    assertThat(selector.select(ObjectionType.PRICE, "Social Proof").name()).isEqualTo("Social Proof");
    assertThat(selector.select(ObjectionType.TIMING, "feel felt found").name()).isEqualTo("Feel-Felt-Found");
    assertThat(selector.select(ObjectionType.NEED, "COST VS. VALUE").name()).isEqualTo("Cost vs Value");
    assertThat(selector.select(ObjectionType.TRUST, "isolate-and-confirm").name()).isEqualTo("Isolate and Confirm");
  }

  @Test
  void ignoresAnUnknownOrBlankPreferredFramework() {
    assertThat(selector.select(ObjectionType.PRICE, "Sandler Pain Funnel").name()).isEqualTo("Cost vs Value");
    assertThat(selector.select(ObjectionType.PRICE, "  ").name()).isEqualTo("Cost vs Value");
    assertThat(selector.select(ObjectionType.PRICE, "--").name()).isEqualTo("Cost vs Value");
  }

  @Test
  void typeNoFrameworkListsGetsTheSmallestId() {
    FrameworkSelector small = new FrameworkSelector(List.of(
        new ObjectionFramework("urgency", "Urgency", "u", List.of(ObjectionType.TIMING)),
        new ObjectionFramework("champion", "Champion", "c", List.of(ObjectionType.AUTHORITY))));
    assertThat(small.select(ObjectionType.PRICE, null).id()).isEqualTo("champion");
  }

  @Test
  void needsAtLeastOneFramework() {
    assertThatIllegalArgumentException().isThrownBy(() -> new FrameworkSelector(List.of()));
  }
}
