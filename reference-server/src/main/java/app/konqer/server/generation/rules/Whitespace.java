package app.konqer.server.generation.rules;

/**
 * Words and lines of a text, as the regular expression {@code \s+} splits them ({@code \s} being space, tab, line
 * feed, vertical tab, form feed and carriage return), without running one: every generation counts the words of its
 * output several times, and a scan of the characters costs a fraction of a regex split.
 */
public final class Whitespace {
  private Whitespace() {}

  /** Whether a character is one that {@code \s} matches: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * The number of words: runs of characters between whitespace, after stripping both ends.
   *
   * @param text any text; {@code null} reads as empty
   * @return the word count, the length of {@code text.strip().split("\\s+")}; 0 for blank text
   */
  public static int wordCount(String text) {
    String line = text == null ? "" : text.strip();
    if (line.isEmpty()) {
      return 0;
    }
    // strip() removed every whitespace character at both ends, so each run of \s separates two words.
    int words = 1;
    for (int i = 1; i < line.length(); i++) {
      if (isSpace(line.charAt(i)) && !isSpace(line.charAt(i - 1))) {
        words++;
      }
    }
    return words;
  }

  /**
   * The text stripped at both ends with every run of whitespace, line breaks included, made one space.
   *
   * @param text any text; {@code null} reads as empty
   * @return {@code text.strip().replaceAll("\\s+", " ")}
   */
  public static String oneLine(String text) {
    String line = text == null ? "" : text.strip();
    int first = firstIrregularSpace(line);
    if (first < 0) {
      return line;
    }
    StringBuilder one = new StringBuilder(line.length()).append(line, 0, first);
    boolean inSpace = false;
    for (int i = first; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isSpace(c)) {
        if (!inSpace) {
          one.append(' ');
        }
        inSpace = true;
      } else {
        one.append(c);
        inSpace = false;
      }
    }
    return one.toString();
  }

  /**
   * Where a stripped line first has whitespace other than a single space between two words, or -1. A stripped line
   * never ends in whitespace, so a space always has a next character.
   */
  private static int firstIrregularSpace(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isSpace(c) && (c != ' ' || isSpace(line.charAt(i + 1)))) {
        return i;
      }
    }
    return -1;
  }
}
