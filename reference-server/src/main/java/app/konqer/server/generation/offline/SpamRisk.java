package app.konqer.server.generation.offline;

import app.konqer.server.generation.scoring.NormalizedText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Estimates how likely spam filters are to flag an email, 0 (clean) to 100, from the signals content filters weigh:
 * trigger phrases, shouting, exclamation marks, links and length.
 *
 * <table>
 *   <caption>Spam risk points</caption>
 *   <tr><th>Signal</th><th>Points</th></tr>
 *   <tr><td>Base (any cold email)</td><td>5</td></tr>
 *   <tr><td>Each distinct trigger phrase ("free", "guarantee", "act now", "100%"...)</td><td>+12</td></tr>
 *   <tr><td>A word of four or more capitals, such as "LIMITED"</td><td>+10</td></tr>
 *   <tr><td>Two or more exclamation marks</td><td>+10</td></tr>
 *   <tr><td>A link</td><td>+8</td></tr>
 *   <tr><td>A body over 200 words</td><td>+5</td></tr>
 * </table>
 *
 * <p>The total is clamped to 0..100.
 */
final class SpamRisk {
  private static final int BASE = 5;
  private static final int PER_TRIGGER = 12;

  private static final List<NormalizedText> TRIGGERS = List.of(
      "free", "guarantee", "guaranteed", "act now", "risk free", "winner", "urgent", "cash", "click here",
      "limited time", "no obligation", "buy now", "special promotion", "earn money", "double your", "cheap",
      "lowest price", "once in a lifetime", "congratulations").stream().map(NormalizedText::of).toList();

  private static final Pattern SHOUTING = Pattern.compile("\\b\\p{Lu}{4,}\\b");
  private static final Pattern LINK = Pattern.compile("https?://|www\\.", Pattern.CASE_INSENSITIVE);

  private SpamRisk() {}

  /**
   * Scores an email.
   *
   * @param subject the subject line
   * @param body the body
   * @return the risk, 0 to 100
   */
  static int of(String subject, String body) {
    String all = subject + "\n" + body;
    NormalizedText text = NormalizedText.of(all);
    int raw = BASE;
    for (NormalizedText trigger : TRIGGERS) {
      if (text.contains(trigger)) {
        raw += PER_TRIGGER;
      }
    }
    if (all.contains("100%")) {
      raw += PER_TRIGGER;
    }
    raw += SHOUTING.matcher(all).find() ? 10 : 0;
    raw += all.chars().filter(c -> c == '!').count() >= 2 ? 10 : 0;
    raw += LINK.matcher(all).find() ? 8 : 0;
    raw += Text.wordCount(body) > 200 ? 5 : 0;
    return Math.max(0, Math.min(100, raw));
  }
}
