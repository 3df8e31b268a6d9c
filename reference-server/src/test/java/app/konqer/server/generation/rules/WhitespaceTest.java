package app.konqer.server.generation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Words and lines are what the regular expression {@code \s+} makes of a text, without running it. */
class WhitespaceTest {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Letters, every character {@code \s} matches, and whitespace it does not (no-break space, line separator, FS). */
  private static final char[] ALPHABET = {'a', 'b', '.', ' ', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0',
      '\u2028', '\u001C', '\u3000', '\u00E9'};

  @Test
  void countsWords() {
    assertThat(Whitespace.wordCount(null)).isZero();
    assertThat(Whitespace.wordCount(" \t\n ")).isZero();
    assertThat(Whitespace.wordCount("one")).isEqualTo(1);
    assertThat(Whitespace.wordCount("  Dana,\tthanks for\n\nthe post.  ")).isEqualTo(5);
    assertThat(Whitespace.wordCount("no\u00A0break")).isEqualTo(1);
  }

  @Test
  void putsTextOnOneLine() {
    assertThat(Whitespace.oneLine(null)).isEmpty();
    assertThat(Whitespace.oneLine("  Dana,\tthanks for\r\n\r\nthe post.  ")).isEqualTo("Dana, thanks for the post.");
    String alreadyOneLine = "Dana, thanks for the post.";
    assertThat(Whitespace.oneLine(alreadyOneLine)).isSameAs(alreadyOneLine);
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomText() {
    SplittableRandom random = new SplittableRandom(20261207);
    for (int n = 0; n < 20_000; n++) {
      char[] text = new char[random.nextInt(0, 24)];
      for (int i = 0; i < text.length; i++) {
        text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
      }
      String sample = new String(text);
      String stripped = sample.strip();

      assertThat(Whitespace.wordCount(sample)).as("words of [%s]", sample)
          .isEqualTo(stripped.isEmpty() ? 0 : SPACES.split(stripped).length);
      assertThat(Whitespace.oneLine(sample)).as("one line of [%s]", sample)
          .isEqualTo(SPACES.matcher(stripped).replaceAll(" "));
    }
  }
}
