package app.konqer.server.generation.scoring;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text prepared for phrase matching: lower case, accents removed, possessive {@code 's} dropped ({@code Acme's}
 * becomes {@code acme}), other apostrophes dropped ({@code you're} becomes {@code youre}), every other run of
 * punctuation or spacing turned into one space. {@code +} and {@code #} stay part
 * of a word when they follow a letter or digit, so {@code C++} and {@code C#} survive.
 *
 * <p>Phrases are matched on whole words: {@code "Ann"} is found in {@code "Hi Ann,"} but not in {@code "Annual"}.
 */
public final class NormalizedText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final String value;
  private final String padded;

  private NormalizedText(String value) {
    this.value = value;
    this.padded = " " + value + " ";
  }

  /**
   * Normalizes a text.
   *
   * @param raw any text; {@code null} is treated as empty
   * @return the normalized text
   */
  public static NormalizedText of(String raw) {
    return new NormalizedText(normalize(raw == null ? "" : raw));
  }

  /**
   * The normalized words separated by single spaces, without leading or trailing space.
   *
   * @return the normalized text
   */
  public String value() {
    return value;
  }

  /**
   * Whether there is no word at all.
   *
   * @return true for empty or punctuation-only text
   */
  public boolean isEmpty() {
    return value.isEmpty();
  }

  /**
   * The words, in order.
   *
   * @return the words; empty for empty text
   */
  public List<String> words() {
    return value.isEmpty() ? List.of() : Arrays.asList(value.split(" "));
  }

  /**
   * Whether this text contains the phrase as whole words, after normalizing the phrase the same way.
   *
   * @param phrase the phrase to look for
   * @return false for a phrase without any word
   */
  public boolean contains(String phrase) {
    return contains(of(phrase));
  }

  /**
   * Whether this text contains the other normalized text as whole words.
   *
   * @param phrase the phrase to look for
   * @return false for an empty phrase
   */
  public boolean contains(NormalizedText phrase) {
    return !phrase.isEmpty() && padded.contains(phrase.padded);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NormalizedText && ((NormalizedText) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static boolean isAscii(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String normalize(String raw) {
    String unmarked = isAscii(raw) ? raw : MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
    String folded = unmarked.toLowerCase(Locale.ROOT)
        .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l");
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean afterWordChar = out.length() > 0 && !pendingSpace;
      if (Character.isLetterOrDigit(c) || ((c == '+' || c == '#') && afterWordChar)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      } else if (isApostrophe(c)) {
        if (isPossessive(folded, i)) {
          i++;
        }
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  private static boolean isPossessive(String text, int apostrophe) {
    int s = apostrophe + 1;
    return apostrophe > 0 && Character.isLetterOrDigit(text.charAt(apostrophe - 1))
        && s < text.length() && text.charAt(s) == 's'
        && (s + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(s + 1)));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
  }
}
