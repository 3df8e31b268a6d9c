package app.konqer.server.generation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  @Test
  void lowerCasesStripsAccentsAndCollapsesPunctuation() {
    assertThat(NormalizedText.of("  José  Müller-Lüdenscheidt, Straße!! ").value())
        .isEqualTo("jose muller ludenscheidt strasse");
  }

  @Test
  void dropsApostrophesAndPossessives() {
    assertThat(NormalizedText.of("You’re at Acme's HQ, aren't you? The teams' plans").value())
        .isEqualTo("youre at acme hq arent you the teams plans");
  }

  @Test
  void keepsPlusAndHashInsideTechNames() {
    assertThat(NormalizedText.of("We use C++, C# and Node.js (#growth, +1)").value())
        .isEqualTo("we use c++ c# and node js growth 1");
  }

  @Test
  void matchesWholeWordsOnly() {
    NormalizedText text = NormalizedText.of("Annual planning at Acme Corp.");
    assertThat(text.contains("ann")).isFalse();
    assertThat(text.contains("ACME corp")).isTrue();
    assertThat(text.contains("acme co")).isFalse();
    assertThat(text.contains("")).isFalse();
    assertThat(text.contains("!!")).isFalse();
  }
}
