package app.konqer.server.generation.objection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Realistic objections against the patterns the migration seeds. */
class SeedClassificationTest {
  private final ObjectionClassifier classifier = new ObjectionClassifier(SeedKnowledge.load().patterns());

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      // "too expensive" 3 + "expensive" 1
      "Honestly, this is way too expensive for a team our size.            | price      | 4",
      // "not a priority right now" 3 + "not a priority" 2 + "call me next quarter" 3 + "next quarter" 2
      "It's not a priority right now, call me next quarter.                | timing     | 10",
      // "we already use" 3 + "happy with our current vendor" 3 + "current vendor" 2
      "We already use Outreach and we're happy with our current vendor.    | competitor | 8",
      // "need to talk to my boss" 3 + "my boss" 2 + "not the decision maker" 3 + "decision maker" 2
      "I need to talk to my boss first, I'm not the decision maker.        | authority  | 10",
      // "we don't need this" 3 + "don't need" 2 + "not a problem for us" 3
      "We don't need this; it's not a problem for us.                      | need       | 8",
      // "never heard of you" 3 + "how do i know this works" 3 + "how do i know" 2
      "Never heard of you. How do I know this works?                       | trust      | 8",
      // "we've always done it this way" 3 + "always done it" 2 + "spreadsheets" 2
      "We’ve always done it this way, with spreadsheets.                   | status_quo | 7",
      // "send me more info" 3
      "Just send me more info.                                             | other      | 3",
      // mixed: price "no budget" 3 + "budget" 1 = 4; timing "next year" 2 + "budget + next year" 3 = 5
      "We have no budget until next year.                                  | timing     | 5",
      // mixed: competitor "your competitor" 3; price "cheaper" 2
      "Your competitor is cheaper.                                         | competitor | 3",
      // case and punctuation do not matter
      "TOO EXPENSIVE!!!                                                    | price      | 4",
      // nothing matches
      "What does your company do exactly?                                  | other      | 0"})
  void classifiesRealisticObjections(String objection, String type, int score) {
    ObjectionClassification result = classifier.classify(objection);
    assertThat(result.type().id()).isEqualTo(type);
    assertThat(result.score()).isEqualTo(score);
  }
}
