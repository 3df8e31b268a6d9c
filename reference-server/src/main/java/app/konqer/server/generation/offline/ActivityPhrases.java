package app.konqer.server.generation.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a recent-activity item as a CRM records it ("Posted about rising diesel costs") into a noun phrase a message
 * can refer to ("your post about rising diesel costs").
 *
 * <p>The item's own words are kept, so the reference is recognisable and the personalization scorer finds it. An
 * item no row recognises is quoted: "your recent update (“Opened a depot in Leeds”)".
 */
final class ActivityPhrases {
  private static final int MAX_WORDS = 14;
  private static final int MAX_CHARS = 100;

  private static final List<Row> ROWS = List.of(
      row("^(?:recently |just )?(?:posted|wrote|published)(?: (?:a|an) (?:post|article|piece|thread))? "
          + "(?:about|on) (.+)", "your post about {x}"),
      row("^(?:recently |just )?(?:posted|published|wrote) (.+)", "your post ({x})"),
      row("^(?:recently |just )?shared (?:a |an |the )?(.+)", "the {x} you shared"),
      row("^(?:recently |just )?(?:commented|replied) (?:on|to) (.+)", "your comment on {x}"),
      row("^(?:recently |just )?(?:spoke|presented|was speaking|is speaking) (?:at|on) (.+)", "your talk at {x}"),
      row("^(?:recently |just )?(?:was )?interviewed (?:on|by|for|in) (.+)", "your interview on {x}"),
      row("^(?:recently |just )?announced (.+)", "your announcement of {x}"),
      row("^(?:recently |just )?(?:raised|closed) (.+)", "the news that you raised {x}"),
      row("^(?:recently |just )?(?:is |are )?hiring (?:for )?(.+)", "your opening for {x}"),
      row("^(?:recently |just )?(?:was )?promoted to (.+)", "your move to {x}"),
      row("^(?:recently |just )?launched (.+)", "the launch of {x}"),
      row("^(?:recently |just )?attended (?:the )?(.+)", "your visit to {x}"));

  private ActivityPhrases() {}

  /**
   * A noun phrase referring to the activity, starting in lower case.
   *
   * @param activity the item, as the caller recorded it
   * @return such as {@code "your post about rising diesel costs"}
   */
  static String reference(String activity) {
    String line = Text.oneLine(activity);
    for (Row row : ROWS) {
      Matcher m = row.pattern().matcher(line);
      if (m.matches()) {
        String rest = Text.phrase(m.group(1), MAX_WORDS, MAX_CHARS);
        if (!rest.isEmpty()) {
          return Text.fill(row.template(), "x", rest);
        }
      }
    }
    return "your recent update (\u201c" + Text.clipWords(line, MAX_WORDS, MAX_CHARS) + "\u201d)";
  }

  private static Row row(String regex, String template) {
    return new Row(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), template);
  }

  private record Row(Pattern pattern, String template) {}
}
