package app.konqer.server.generation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputRulesTest {
  record Item(String key, Integer number) {}

  record Output(String text, List<Item> items) {}

  record Input(int count, List<String> keys) {}

  private static final Input INPUT = new Input(3, List.of("a", "b", "b"));

  @Test
  void wordsAreRunsOfNonWhitespace() {
    OutputRule<Input, Output> rule = OutputRules.words(Output::text, "text", 3, 4);

    assertThat(rule.check(INPUT, new Output("one two - three", List.of()))).isEmpty();
    assertThat(rule.check(INPUT, new Output("  one\ntwo  ", List.of())))
        .containsExactly(new FieldError("text", "must have 3 to 4 words, has 2"));
    assertThat(rule.check(INPUT, new Output("a b c d e", List.of())))
        .containsExactly(new FieldError("text", "must have 3 to 4 words, has 5"));
    assertThat(rule.check(INPUT, new Output(null, List.of()))).isEmpty();
  }

  @Test
  void countOfComparesWithTheInput() {
    OutputRule<Input, Output> rule = OutputRules.countOf(Output::items, Input::count, "items", "count");

    assertThat(rule.check(INPUT, output(1, 2, 3))).isEmpty();
    assertThat(rule.check(INPUT, output(1, 2)))
        .containsExactly(new FieldError("items", "must have 3 items (count), has 2"));
  }

  @Test
  void numberedFromOneNamesEveryMisplacedIndex() {
    OutputRule<Input, Output> rule = OutputRules.numberedFromOne(Output::items, Item::number, "items");

    assertThat(rule.check(INPUT, output(1, 2, 3))).isEmpty();
    assertThat(rule.check(INPUT, output(0, 2, 2))).containsExactly(
        new FieldError("items[0].index", "must be 1, is 0"),
        new FieldError("items[2].index", "must be 3, is 2"));
  }

  @Test
  void descendingAllowsTiesUnlessStrict() {
    OutputRule<Input, Output> lenient = OutputRules.descending(Output::items, Item::number, "items", "n", false);
    OutputRule<Input, Output> strict = OutputRules.descending(Output::items, Item::number, "items", "n", true);

    assertThat(lenient.check(INPUT, output(9, 9, 1))).isEmpty();
    assertThat(strict.check(INPUT, output(9, 9, 1)))
        .containsExactly(new FieldError("items[1].n", "must be below 9 (the item before), is 9"));
    assertThat(lenient.check(INPUT, output(1, 5)))
        .containsExactly(new FieldError("items[1].n", "must not exceed 1 (the item before), is 5"));
  }

  @Test
  void increasingRefusesTiesAndDrops() {
    OutputRule<Input, Output> rule = OutputRules.increasing(Output::items, Item::number, "items", "day");

    assertThat(rule.check(INPUT, output(1, 3, 7))).isEmpty();
    assertThat(rule.check(INPUT, output(3, 3, 2))).containsExactly(
        new FieldError("items[1].day", "must be above 3 (the item before), is 3"),
        new FieldError("items[2].day", "must be above 3 (the item before), is 2"));
  }

  @Test
  void oneEachMatchesTheInputKeysAsAMultiset() {
    OutputRule<Input, Output> rule = OutputRules.oneEach(Output::items, Item::key, Input::keys, "items", "key");

    assertThat(rule.check(INPUT, keyed("b", "a", "b"))).isEmpty();
    assertThat(rule.check(INPUT, keyed("a", "a", "c"))).containsExactly(
        new FieldError("items", "misses 'b' from the input"),
        new FieldError("items[1].key", "'a' appears more than once"),
        new FieldError("items[2].key", "'c' is not in the input"));
  }

  private static Output output(Integer... numbers) {
    return new Output("", List.of(numbers).stream().map(n -> new Item("k", n)).toList());
  }

  private static Output keyed(String... keys) {
    return new Output("", List.of(keys).stream().map(k -> new Item(k, 0)).toList());
  }
}
