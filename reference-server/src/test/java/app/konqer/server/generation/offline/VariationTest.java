package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariationTest {
  /** A choice computed once; a change here means every offline output changes for the same input. */
  private static final int PINNED_OPENER = 74_988;

  @Test
  void theSameFieldsAlwaysGiveTheSameChoices() {
    Variation first = Variation.of("Dana Whitfield", "Northwind Logistics", null);
    Variation second = Variation.of("Dana Whitfield", "Northwind Logistics", null);

    for (String salt : List.of("opener", "cta", "fillers")) {
      assertThat(second.index(salt, 1_000)).isEqualTo(first.index(salt, 1_000));
    }
  }

  @Test
  void choicesAreFixedAcrossRunsAndJvms() {
    Variation variation = Variation.of("Dana Whitfield", "Northwind Logistics");

    assertThat(variation.index("opener", 1_000_000)).isEqualTo(PINNED_OPENER);
  }

  @Test
  void differentFieldsOrSaltsSpreadOverTheOptions() {
    Set<Integer> byField = new HashSet<>();
    Set<Integer> bySalt = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      byField.add(Variation.of("prospect " + i).index("opener", 4));
      bySalt.add(Variation.of("Dana").index("salt " + i, 4));
    }

    assertThat(byField).containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(bySalt).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void fieldBoundariesMatter() {
    assertThat(Variation.of("ab", "c").index("x", 1 << 30))
        .isNotEqualTo(Variation.of("a", "bc").index("x", 1 << 30));
  }

  @Test
  void betweenStaysInRangeAndRotateKeepsEveryOption() {
    Variation variation = Variation.of("Dana");
    List<String> options = List.of("a", "b", "c", "d", "e");

    for (int i = 0; i < 100; i++) {
      assertThat(variation.between("n" + i, -3, 3)).isBetween(-3, 3);
    }
    assertThat(variation.rotate("order", options)).containsExactlyInAnyOrderElementsOf(options);
    assertThat(variation.rotate("order", List.of())).isEmpty();
  }

}
