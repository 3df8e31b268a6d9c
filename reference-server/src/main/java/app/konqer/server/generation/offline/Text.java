package app.konqer.server.generation.offline;

import app.konqer.server.generation.rules.Whitespace;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text operations the offline writers share: clipping user input so that it fits a sentence and an output
 * limit, first names, slugs, lists in prose and word counts.
 *
 * <p>Every clip keeps whole words where it can, never splits a surrogate pair, and marks a cut with an ellipsis, so a
 * 5,000-character input becomes a readable excerpt instead of breaking a length limit.
 */
final class Text {
  /** The mark appended to clipped text. */
  static final String ELLIPSIS = "\u2026";

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
  private static final Pattern SURROUNDING_PUNCTUATION =
      Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^A-Za-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String TRAILING_PUNCTUATION = ".,;:!?-\u2013\u2014 ";

  private static final Set<String> CLAUSE_BREAKS = Set.of("without", "while", "so", "because", "and", "but",
      "with", "which", "that", "-", "\u2013", "\u2014");
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "your", "our", "of", "to", "and", "for",
      "with", "in", "on", "at", "by", "from", "or");

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "herr",
      "frau", "mme", "mlle", "m");

  /**
   * First words that read as ordinary words rather than names, so a phrase starting with one can be lower-cased when
   * it moves into the middle of a sentence ("Route planning..." becomes "route planning...").
   */
  private static final Set<String> COMMON_STARTERS = Set.of(
      "a", "an", "the", "how", "why", "what", "when", "where", "which", "who", "your", "our", "my", "their", "its",
      "this", "that", "these", "those", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "top", "best", "more", "less", "fewer", "faster", "better", "cheaper", "smarter", "every", "all",
      "most", "some", "no", "new", "simple", "easy", "fast", "real", "hidden", "common", "key", "cutting",
      "reducing", "scaling", "building", "selling", "hiring", "using", "getting", "making", "turning", "winning",
      "stop", "start", "save", "cut", "reduce", "grow", "scale", "win", "build", "turn", "get", "make", "find",
      "automate", "automated", "automatic", "data", "sales", "marketing", "route", "routing", "cold", "outbound",
      "inbound", "pipeline", "revenue", "customer", "customers", "team", "teams", "signs", "ways", "lessons",
      "mistakes", "tips", "steps", "rising", "falling", "lower", "higher", "fixing", "managing", "planning",
      "predictive", "personalised", "personalized", "remote", "hybrid", "modern", "practical", "fleet", "fleets",
      "software", "platform", "tools", "tool", "workflow", "workflows", "ai", "b2b");

  private Text() {}

  /**
   * Collapses every run of whitespace, line breaks included, into one space and strips both ends.
   *
   * @param text any text; {@code null} reads as empty
   * @return the text on one line
   */
  static String oneLine(String text) {
    return Whitespace.oneLine(text);
  }

  /**
   * Whether a text holds anything but whitespace.
   *
   * @param text any text
   * @return false for {@code null} and blank text
   */
  static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /**
   * A text on one line, clipped to at most {@code maxChars} characters at a word boundary where possible, with an
   * ellipsis when anything was cut.
   *
   * @param text any text; {@code null} reads as empty
   * @param maxChars the limit, at least 2
   * @return the text, or an excerpt ending in an ellipsis
   */
  static String clip(String text, int maxChars) {
    String line = oneLine(text);
    if (line.length() <= maxChars) {
      return line;
    }
    int end = safeEnd(line, maxChars - ELLIPSIS.length());
    int space = line.lastIndexOf(' ', end);
    if (space > maxChars / 2) {
      end = space;
    }
    return stripTrailingPunctuation(line.substring(0, end)) + ELLIPSIS;
  }

  /**
   * A text of several lines or paragraphs, kept as it is when it fits and cut with an ellipsis when it does not.
   *
   * @param text the text
   * @param maxChars the limit, at least 2
   * @return the text, or its beginning ending in an ellipsis
   */
  static String cap(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    return text.substring(0, safeEnd(text, maxChars - ELLIPSIS.length())).stripTrailing() + ELLIPSIS;
  }

  /**
   * A text on one line, clipped to at most {@code maxWords} words and {@code maxChars} characters, with an ellipsis
   * when anything was cut. Use it to embed user input in a sentence.
   *
   * @param text any text; {@code null} reads as empty
   * @param maxWords the word limit, at least 1
   * @param maxChars the character limit, at least 2
   * @return the text, or an excerpt ending in an ellipsis
   */
  static String clipWords(String text, int maxWords, int maxChars) {
    String line = oneLine(text);
    String[] words = line.isEmpty() ? new String[0] : line.split(" ");
    if (words.length <= maxWords) {
      return clip(line, maxChars);
    }
    String head = stripTrailingPunctuation(String.join(" ", List.of(words).subList(0, maxWords)));
    return clip(head + ELLIPSIS, maxChars);
  }

  /**
   * A phrase ready to follow other words in a sentence: clipped, without a final full stop, and with its first letter
   * lower-cased when the first word is an ordinary word rather than a name.
   *
   * @param text any text
   * @param maxWords the word limit
   * @param maxChars the character limit
   * @return the phrase
   */
  static String phrase(String text, int maxWords, int maxChars) {
    String clipped = clipWords(text, maxWords, maxChars);
    String phrase = clipped.endsWith(ELLIPSIS) ? clipped : stripTrailingPunctuation(clipped);
    int space = phrase.indexOf(' ');
    String first = space < 0 ? phrase : phrase.substring(0, space);
    boolean ordinary = !first.isEmpty()
        && Character.isUpperCase(first.charAt(0))
        && first.substring(1).chars().noneMatch(Character::isUpperCase)
        && COMMON_STARTERS.contains(NOT_LETTER_OR_DIGIT.matcher(first.toLowerCase(Locale.ROOT)).replaceAll(""));
    return ordinary ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
  }

  /**
   * A short headline from a text, as for a subject line: its first clause (up to a comma, a dash or a word such as
   * "without" or "so" after at least three words), at most {@code maxWords} words, without trailing small words and
   * without an ellipsis.
   *
   * @param text any text
   * @param maxWords the word limit, at least 3
   * @param maxChars the character limit
   * @return such as {@code "Cut empty miles by 18%"} for "Cut empty miles by 18% without changing your TMS"
   */
  static String headline(String text, int maxWords, int maxChars) {
    List<String> words = new ArrayList<>();
    for (String word : oneLine(text).split(" ")) {
      String bare = word.toLowerCase(Locale.ROOT);
      if (words.size() >= 3 && CLAUSE_BREAKS.contains(bare) || words.size() == maxWords) {
        break;
      }
      words.add(word);
      if (words.size() >= 3 && !word.isEmpty() && ",;:".indexOf(word.charAt(word.length() - 1)) >= 0) {
        break;
      }
    }
    while (words.size() > 1 && SMALL_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    String headline = stripTrailingPunctuation(String.join(" ", words));
    return headline.length() <= maxChars ? headline : clip(headline, maxChars);
  }

  /**
   * A text that ends like a sentence: clipped, with a full stop added when it has no final punctuation.
   *
   * @param text any text
   * @param maxChars the character limit
   * @return the sentence, or empty for blank text
   */
  static String sentence(String text, int maxChars) {
    String clipped = clip(text, maxChars - 1);
    if (clipped.isEmpty() || clipped.endsWith(ELLIPSIS) || ".!?".indexOf(clipped.charAt(clipped.length() - 1)) >= 0) {
      return capitalize(clipped);
    }
    return capitalize(clipped) + ".";
  }

  /**
   * The sentences of a text, each clipped to a limit.
   *
   * @param text any text
   * @param maxSentences how many sentences to keep at most
   * @param maxChars the limit for each sentence
   * @return the sentences in order; empty for blank text
   */
  static List<String> sentences(String text, int maxSentences, int maxChars) {
    List<String> sentences = new ArrayList<>();
    for (String part : SENTENCE_END.split(oneLine(text))) {
      if (sentences.size() == maxSentences) {
        break;
      }
      if (!part.isBlank()) {
        sentences.add(sentence(part, maxChars));
      }
    }
    return sentences;
  }

  /**
   * The first name in a full name: the first word that is not a title such as "Dr", without surrounding
   * punctuation, clipped to 40 characters.
   *
   * @param fullName a name such as {@code "Dr. Dana Whitfield"}
   * @param fallback what to return when the name holds no word
   * @return such as {@code "Dana"}
   */
  static String firstName(String fullName, String fallback) {
    for (String word : oneLine(fullName).split(" ")) {
      String bare = SURROUNDING_PUNCTUATION.matcher(word).replaceAll("");
      if (!bare.isEmpty() && !HONORIFICS.contains(bare.toLowerCase(Locale.ROOT))) {
        return clip(bare, 40);
      }
    }
    return fallback;
  }

  /**
   * An ASCII slug: accents removed, lower case, every other run of characters turned into {@code separator}.
   *
   * @param text any text
   * @param separator such as {@code "-"} or {@code ""}
   * @param maxChars the length limit
   * @return such as {@code "route-planning"}; empty when the text has no ASCII letter or digit
   */
  static String slug(String text, String separator, int maxChars) {
    String folded = fold(text).toLowerCase(Locale.ROOT);
    String slug = NOT_SLUG.matcher(folded).replaceAll(" ").strip().replace(" ", separator);
    if (slug.length() <= maxChars) {
      return slug;
    }
    String cut = slug.substring(0, maxChars);
    return separator.isEmpty() ? cut : stripEnd(cut, separator);
  }

  /**
   * ASCII words joined without spaces, each lower-case word capitalized and the others kept as written, as in a
   * subreddit name. Words that would pass the limit are left out.
   *
   * @param text any text
   * @param maxChars the length limit
   * @return such as {@code "B2BRoutePlanning"}; empty when the text has no ASCII letter or digit
   */
  static String camel(String text, int maxChars) {
    StringBuilder out = new StringBuilder();
    for (String word : NOT_ASCII_WORD.split(fold(text))) {
      if (!word.isEmpty() && out.length() + word.length() <= maxChars) {
        out.append(word.equals(word.toLowerCase(Locale.ROOT)) ? capitalize(word) : word);
      }
    }
    return out.toString();
  }

  private static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(oneLine(text), Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * Items joined as in prose: {@code "a"}, {@code "a and b"}, {@code "a, b and c"}.
   *
   * @param items the items, at least one
   * @return the joined items
   */
  static String and(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /**
   * The number of words: runs of characters between whitespace.
   *
   * @param text any text
   * @return the word count; 0 for blank text
   */
  static int wordCount(String text) {
    return Whitespace.wordCount(text);
  }

  /**
   * The text with its first character upper-cased.
   *
   * @param text any text
   * @return the capitalized text
   */
  static String capitalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * Replaces {@code {name}} placeholders with values, in one pass, so that a value containing braces is never
   * expanded again.
   *
   * @param template the template
   * @param pairs placeholder names and values, alternating
   * @return the filled template
   */
  static String fill(String template, String... pairs) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, at, template.length());
        break;
      }
      out.append(template, at, open);
      String key = template.substring(open + 1, close);
      String value = lookup(key, pairs);
      out.append(value == null ? template.substring(open, close + 1) : value);
      at = close + 1;
    }
    return out.toString();
  }

  private static String lookup(String key, String... pairs) {
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i].equals(key)) {
        return pairs[i + 1];
      }
    }
    return null;
  }

  private static String stripTrailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String stripEnd(String text, String separator) {
    String out = text;
    while (out.endsWith(separator)) {
      out = out.substring(0, out.length() - separator.length());
    }
    return out;
  }

  private static int safeEnd(String text, int end) {
    return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
  }
}
