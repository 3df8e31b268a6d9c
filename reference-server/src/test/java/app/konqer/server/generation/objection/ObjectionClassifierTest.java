package app.konqer.server.generation.objection;

import static app.konqer.server.generation.objection.ObjectionType.AUTHORITY;
import static app.konqer.server.generation.objection.ObjectionType.OTHER;
import static app.konqer.server.generation.objection.ObjectionType.PRICE;
import static app.konqer.server.generation.objection.ObjectionType.TIMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier's arithmetic, on a small hand-made pattern list. */
class ObjectionClassifierTest {
  private final ObjectionClassifier classifier = new ObjectionClassifier(List.of(
      new ObjectionPattern(PRICE, "too expensive", 3),
      new ObjectionPattern(PRICE, "expensive", 1),
      new ObjectionPattern(PRICE, "budget", 1),
      new ObjectionPattern(TIMING, "next quarter", 2),
      new ObjectionPattern(TIMING, "budget + next quarter", 3),
      new ObjectionPattern(AUTHORITY, "my boss", 2),
      new ObjectionPattern(AUTHORITY, "sign off", 2)));

  @Test
  void addsTheWeightsOfEveryMatchingPattern() {
    // "too expensive" 3 + "expensive" 1 = price 4
    ObjectionClassification result = classifier.classify("Honestly, it's TOO expensive.");
    assertThat(result.type()).isEqualTo(PRICE);
    assertThat(result.score()).isEqualTo(4);
    assertThat(result.matchedPatterns()).containsExactly("too expensive", "expensive");
  }

  @Test
  void keywordSetNeedsEveryPartAnywhere() {
    // price: "budget" 1; timing: "next quarter" 2 + "budget + next quarter" 3 = 5 -> timing
    ObjectionClassification result = classifier.classify("Next quarter we get a new budget.");
    assertThat(result.type()).isEqualTo(TIMING);
    assertThat(result.score()).isEqualTo(5);
    assertThat(result.scores()).containsEntry(PRICE, 1).containsEntry(TIMING, 5).containsEntry(AUTHORITY, 0);
  }

  @Test
  void aPatternCountsOnceHoweverOftenItAppears() {
    // "expensive" x3 still 1
    assertThat(classifier.classify("expensive, expensive, expensive").score()).isEqualTo(1);
  }

  @Test
  void mixedObjectionGoesToTheHeavierType() {
    // price: "expensive" 1; authority: "my boss" 2 + "sign off" 2 = 4 -> authority
    ObjectionClassification result = classifier.classify("Expensive, and my boss has to sign off anyway.");
    assertThat(result.type()).isEqualTo(AUTHORITY);
    assertThat(result.score()).isEqualTo(4);
  }

  @Test
  void tiesGoToTheTypeDeclaredFirst() {
    // price: "too expensive" 3 + "expensive" 1 = 4; authority: "my boss" 2 + "sign off" 2 = 4 -> price first
    assertThat(classifier.classify("Too expensive; my boss won't sign off.").type()).isEqualTo(PRICE);
  }

  @Test
  void matchesWholeWordsOnly() {
    // "inexpensive" is not "expensive"
    assertThat(classifier.classify("It looks inexpensive.").type()).isEqualTo(OTHER);
  }

  @Test
  void nothingMatchedIsOther() {
    ObjectionClassification result = classifier.classify("Tell me more about your company.");
    assertThat(result.type()).isEqualTo(OTHER);
    assertThat(result.score()).isZero();
    assertThat(result.matchedPatterns()).isEmpty();
  }

  @Test
  void rejectsAPatternWithAnEmptyPart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ObjectionClassifier(List.of(new ObjectionPattern(PRICE, "budget + !!", 1))));
  }
}
