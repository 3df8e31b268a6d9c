package app.konqer.server.generation.rules;

import app.konqer.sdk.error.FieldError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The output rules services share, each a small function of the input and the output. Paths are wire paths, as in
 * {@code slides[2].index}. A member that is missing is left to the record's own constraints.
 */
public final class OutputRules {
  private OutputRules() {}

  /**
   * A text of a word count within bounds; words are separated by whitespace.
   *
   * @param text the text member
   * @param path its wire path
   * @param min the fewest words
   * @param max the most words
   * @param <I> the input record
   * @param <O> the output record
   * @return the rule
   */
  public static <I, O> OutputRule<I, O> words(Function<O, String> text, String path, int min, int max) {
    return (input, output) -> {
      String value = text.apply(output);
      if (value == null) {
        return List.of();
      }
      int words = wordCount(value);
      return words >= min && words <= max ? List.of()
          : List.of(new FieldError(path, "must have " + min + " to " + max + " words, has " + words));
    };
  }

  /**
   * A list with exactly as many items as the input asks for.
   *
   * @param list the list member
   * @param expected the count the input asks for
   * @param path the list's wire path
   * @param inputMember the input member that sets the count, for the message
   * @param <I> the input record
   * @param <O> the output record
   * @return the rule
   */
  public static <I, O> OutputRule<I, O> countOf(Function<O, List<?>> list, ToIntFunction<I> expected, String path,
      String inputMember) {
    return (input, output) -> {
      int want = expected.applyAsInt(input);
      int has = list.apply(output).size();
      return want == has ? List.of()
          : List.of(new FieldError(path, "must have " + want + " items (" + inputMember + "), has " + has));
    };
  }

  /**
   * List items numbered 1, 2, 3, ... in order.
   *
   * @param list the list member
   * @param index the items' index member
   * @param path the list's wire path
   * @param <I> the input record
   * @param <O> the output record
   * @param <T> the item type
   * @return the rule
   */
  public static <I, O, T> OutputRule<I, O> numberedFromOne(Function<O, List<T>> list, Function<T, Integer> index,
      String path) {
    return (input, output) -> {
      List<FieldError> errors = new ArrayList<>();
      List<T> items = list.apply(output);
      for (int i = 0; i < items.size(); i++) {
        Integer value = items.get(i) == null ? null : index.apply(items.get(i));
        if (value != null && value != i + 1) {
          errors.add(new FieldError(path + "[" + i + "].index", "must be " + (i + 1) + ", is " + value));
        }
      }
      return errors;
    };
  }

  /**
   * List items ordered by a number, highest first; equal numbers may follow each other unless {@code strict}.
   *
   * @param list the list member
   * @param key the number the items are ordered by
   * @param path the list's wire path
   * @param member the number's wire name
   * @param strict whether equal numbers are refused
   * @param <I> the input record
   * @param <O> the output record
   * @param <T> the item type
   * @return the rule
   */
  public static <I, O, T> OutputRule<I, O> descending(Function<O, List<T>> list, Function<T, Integer> key,
      String path, String member, boolean strict) {
    return ordered(list, key, path, member, strict, -1, strict ? "must be below" : "must not exceed");
  }

  /**
   * List items ordered by a number, lowest first, each above the one before.
   *
   * @param list the list member
   * @param key the number the items are ordered by
   * @param path the list's wire path
   * @param member the number's wire name
   * @param <I> the input record
   * @param <O> the output record
   * @param <T> the item type
   * @return the rule
   */
  public static <I, O, T> OutputRule<I, O> increasing(Function<O, List<T>> list, Function<T, Integer> key,
      String path, String member) {
    return ordered(list, key, path, member, true, 1, "must be above");
  }

  /**
   * A list holding exactly one item per input item, matched by a key such as an e-mail address.
   *
   * @param list the output list
   * @param key the key of an output item
   * @param inputKeys the keys of the input items
   * @param path the list's wire path
   * @param member the key's wire name
   * @param <I> the input record
   * @param <O> the output record
   * @param <T> the output item type
   * @return the rule
   */
  public static <I, O, T> OutputRule<I, O> oneEach(Function<O, List<T>> list, Function<T, String> key,
      Function<I, List<String>> inputKeys, String path, String member) {
    return (input, output) -> {
      Map<String, Integer> expected = new HashMap<>();
      inputKeys.apply(input).forEach(k -> expected.merge(k, 1, Integer::sum));
      List<FieldError> errors = new ArrayList<>();
      List<T> items = list.apply(output);
      for (int i = 0; i < items.size(); i++) {
        String value = items.get(i) == null ? null : key.apply(items.get(i));
        if (value == null) {
          continue;
        }
        Integer left = expected.get(value);
        if (left == null || left == 0) {
          errors.add(new FieldError(path + "[" + i + "]." + member,
              left == null ? "'" + value + "' is not in the input" : "'" + value + "' appears more than once"));
        } else {
          expected.put(value, left - 1);
        }
      }
      expected.forEach((value, left) -> {
        if (left > 0) {
          errors.add(new FieldError(path, "misses '" + value + "' from the input"));
        }
      });
      errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
      return errors;
    };
  }

  /**
   * The number of words of a text: runs of non-whitespace characters.
   *
   * @param text the text
   * @return its word count
   */
  public static int wordCount(String text) {
    return Whitespace.wordCount(text);
  }

  private static <I, O, T> OutputRule<I, O> ordered(Function<O, List<T>> list, Function<T, Integer> key, String path,
      String member, boolean strict, int direction, String relation) {
    return (input, output) -> {
      List<FieldError> errors = new ArrayList<>();
      Integer previous = null;
      List<T> items = list.apply(output);
      for (int i = 0; i < items.size(); i++) {
        Integer value = items.get(i) == null ? null : key.apply(items.get(i));
        if (value == null) {
          continue;
        }
        if (previous != null) {
          int step = Integer.compare(value, previous) * direction;
          if (step < 0 || (strict && step == 0)) {
            errors.add(new FieldError(path + "[" + i + "]." + member,
                relation + " " + previous + " (the item before), is " + value));
          }
        }
        previous = value;
      }
      return errors;
    };
  }
}
