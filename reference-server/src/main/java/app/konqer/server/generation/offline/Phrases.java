package app.konqer.server.generation.offline;

import app.konqer.server.generation.scoring.NormalizedText;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Phrases normalized once for whole-word matching, ignoring case, accents and punctuation (see
 * {@link NormalizedText}).
 *
 * @param phrases the phrases as written
 * @param normalized the same phrases, normalized, in the same order
 */
record Phrases(List<String> phrases, List<NormalizedText> normalized) {
  static Phrases of(String... phrases) {
    return new Phrases(List.of(phrases), Arrays.stream(phrases).map(NormalizedText::of).toList());
  }

  /**
   * Whether the text contains any of the phrases.
   *
   * @param text normalized text
   * @return true when one phrase occurs as whole words
   */
  boolean anyIn(NormalizedText text) {
    return normalized.stream().anyMatch(text::contains);
  }

  /**
   * The phrases the text contains.
   *
   * @param text normalized text
   * @return the phrases as written, in this list's order
   */
  List<String> foundIn(NormalizedText text) {
    return IntStream.range(0, phrases.size()).filter(i -> text.contains(normalized.get(i)))
        .mapToObj(phrases::get).toList();
  }
}
