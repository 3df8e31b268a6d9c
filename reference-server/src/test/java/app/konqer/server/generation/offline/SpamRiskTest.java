package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpamRiskTest {
  @Test
  void aPlainEmailScoresTheBase() {
    assertThat(SpamRisk.of("An idea for Acme", "Hi Dana,\n\nWe help teams plan routes.\n\nBest,")).isEqualTo(5);
  }

  @Test
  void eachSignalAddsItsPoints() {
    // base 5 + "free" 12 + "act now" 12 + "100%" 12 + capitals 10 + two "!" 10 + link 8 = 69
    int score = SpamRisk.of("FREE trial!", "Act now! 100% results at https://acme.example");

    assertThat(score).isEqualTo(69);
  }

  @Test
  void aTriggerCountsOnceAndMatchesWholeWordsOnly() {
    assertThat(SpamRisk.of("free", "free free freedom")).isEqualTo(17);
    assertThat(SpamRisk.of("Freedom", "carefree")).isEqualTo(5);
  }

  @Test
  void neverLeavesTheScale() {
    String everything = String.join(" ", "free guarantee act now risk free winner urgent cash click here",
        "limited time no obligation buy now special promotion earn money double your cheap lowest price",
        "once in a lifetime congratulations 100% URGENT!!! www.acme.example");

    assertThat(SpamRisk.of(everything, "word ".repeat(300))).isEqualTo(100);
  }
}
