package app.konqer.server.generation.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores how personal a cold DM is, from 0 (could be sent to anyone) to 100 (written for this prospect).
 *
 * <p>The score is the sum of the table below, clamped to 0..100. Matching ignores case, accents and punctuation and
 * works on whole words (see {@link NormalizedText}).
 *
 * <table>
 *   <caption>Personalization points</caption>
 *   <tr><th>Signal</th><th>First</th><th>Each further</th><th>Counted up to</th></tr>
 *   <tr><td>Prospect's first name</td><td>+20</td><td>-</td><td>1</td></tr>
 *   <tr><td>Company (with or without a legal suffix such as Inc or GmbH)</td><td>+20</td><td>-</td><td>1</td></tr>
 *   <tr><td>Recent activity item referred to</td><td>+25</td><td>+10</td><td>3</td></tr>
 *   <tr><td>Tech stack item named</td><td>+15</td><td>+5</td><td>3</td></tr>
 *   <tr><td>Each distinct generic phrase</td><td colspan="3">-10 to -20, see {@link #GENERIC_PHRASES}</td></tr>
 * </table>
 *
 * <p>A message using the name, the company, one activity and one tool scores 80; everything at its cap adds up to
 * 110 and is clamped to 100.
 */
public final class PersonalizationScorer {
  private static final MentionWeight FIRST_NAME = new MentionWeight(20, 0, 1);
  private static final MentionWeight COMPANY = new MentionWeight(20, 0, 1);
  private static final MentionWeight RECENT_ACTIVITY = new MentionWeight(25, 10, 3);
  private static final MentionWeight TECH_STACK = new MentionWeight(15, 5, 3);

  /**
   * Generic phrases and what each one costs, counted once per message. They are openers and fillers that fit any
   * recipient, so they say nothing about the prospect and read as mass outreach. Phrases are matched after
   * normalization, so "finds you well" also catches "I hope this email finds you well" and "you're" matches
   * "you’re".
   */
  public static final Map<String, Integer> GENERIC_PHRASES = orderedTable(
      "finds you well", 15,
      "came across your profile", 15,
      "quick question", 10,
      "touching base", 10,
      "touch base", 10,
      "just following up", 10,
      "circle back", 10,
      "hope you're doing well", 10,
      "hope you are doing well", 10,
      "hope all is well", 10,
      "wanted to reach out", 10,
      "i know you're busy", 10,
      "pick your brain", 10,
      "to whom it may concern", 20,
      "dear sir or madam", 20);

  private static final Map<NormalizedText, String> GENERIC_PHRASES_NORMALIZED = normalizedKeys(GENERIC_PHRASES);

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir");
  private static final Set<String> LEGAL_SUFFIXES = Set.of(
      "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "corp", "corporation", "co", "sa", "sas", "sarl",
      "srl", "ag", "bv", "nv", "plc", "oy", "ab", "spa", "pty", "kg", "se", "llp");

  /** Creates a scorer; it holds no state. */
  public PersonalizationScorer() {
  }

  /**
   * Scores a message.
   *
   * @param message the message text
   * @param prospectName the prospect's name; its first word (after any title such as "Dr") is the first name.
   *     {@code null} or blank earns nothing
   * @param company the prospect's company; {@code null} or blank earns nothing
   * @param recentActivity what the prospect did lately, one item per entry; {@code null} means none
   * @param techStack the prospect's tools, one per entry; {@code null} means none
   * @return the score and what it is made of
   */
  public PersonalizationScore score(String message, String prospectName, String company,
      List<String> recentActivity, List<String> techStack) {
    Objects.requireNonNull(message, "message");
    NormalizedText text = NormalizedText.of(message);
    Set<String> stems = ActivityReference.stems(text.words());

    boolean nameMentioned = firstName(prospectName).map(text::contains).orElse(false);
    boolean companyMentioned = companyMentioned(text, company);
    List<String> activities = new ArrayList<>();
    for (String item : nonNull(recentActivity)) {
      if (item != null && ActivityReference.refersTo(text, stems, item)) {
        activities.add(item);
      }
    }
    List<String> tools = new ArrayList<>();
    for (String item : nonNull(techStack)) {
      if (item != null && text.contains(item)) {
        tools.add(item);
      }
    }
    List<String> generic = new ArrayList<>();
    int penalty = 0;
    for (Map.Entry<NormalizedText, String> phrase : GENERIC_PHRASES_NORMALIZED.entrySet()) {
      if (text.contains(phrase.getKey())) {
        generic.add(phrase.getValue());
        penalty += GENERIC_PHRASES.get(phrase.getValue());
      }
    }

    int raw = FIRST_NAME.points(nameMentioned ? 1 : 0)
        + COMPANY.points(companyMentioned ? 1 : 0)
        + RECENT_ACTIVITY.points(activities.size())
        + TECH_STACK.points(tools.size())
        - penalty;
    return new PersonalizationScore(Scores.clamp(raw), nameMentioned, companyMentioned, activities, tools, generic);
  }

  private static Optional<String> firstName(String prospectName) {
    return NormalizedText.of(prospectName).words().stream()
        .filter(word -> !HONORIFICS.contains(word))
        .findFirst();
  }

  private static boolean companyMentioned(NormalizedText text, String company) {
    List<String> words = new ArrayList<>(NormalizedText.of(company).words());
    if (words.isEmpty()) {
      return false;
    }
    if (text.contains(String.join(" ", words))) {
      return true;
    }
    while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return text.contains(String.join(" ", words));
  }

  private static List<String> nonNull(List<String> items) {
    return items == null ? List.of() : items;
  }

  private static Map<NormalizedText, String> normalizedKeys(Map<String, Integer> table) {
    Map<NormalizedText, String> normalized = new LinkedHashMap<>();
    table.keySet().forEach(phrase -> normalized.put(NormalizedText.of(phrase), phrase));
    return Collections.unmodifiableMap(normalized);
  }

  private static Map<String, Integer> orderedTable(Object... pairs) {
    Map<String, Integer> table = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      table.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(table);
  }
}
