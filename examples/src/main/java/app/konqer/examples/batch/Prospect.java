package app.konqer.examples.batch;

import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.colddm.ColdDmInput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One row of the prospects CSV: {@code id,prospect_name,company,role,linkedin_url,recent_activity}, where
 * {@code recent_activity} holds items separated by {@code ;}.
 *
 * @param id the CRM's record id: what makes the row's idempotency key
 * @param name the prospect's name
 * @param company the prospect's company
 * @param role the prospect's job title, or empty
 * @param linkedinUrl the prospect's LinkedIn profile, or empty
 * @param recentActivity what the prospect recently did, most relevant first
 */
public record Prospect(String id, String name, String company, String role, String linkedinUrl,
    List<String> recentActivity) {

  /** Copies the activity list. */
  public Prospect {
    recentActivity = List.copyOf(recentActivity);
  }

  /**
   * Reads a CSV row.
   *
   * @param row the row, by column name
   * @return the prospect
   * @throws IllegalArgumentException when the row has no id
   */
  public static Prospect fromRow(Map<String, String> row) {
    String id = row.getOrDefault("id", "").strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("A prospect row has no id: " + row);
    }
    List<String> activity = Arrays.stream(row.getOrDefault("recent_activity", "").split(";"))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .limit(10)
        .toList();
    return new Prospect(id, row.getOrDefault("prospect_name", "").strip(), row.getOrDefault("company", "").strip(),
        row.getOrDefault("role", "").strip(), row.getOrDefault("linkedin_url", "").strip(), activity);
  }

  /**
   * The cold DM request for this prospect.
   *
   * @param offer what the DM offers
   * @param tone the voice, or {@code null} for the default
   * @return the input
   */
  public ColdDmInput toInput(String offer, Tone tone) {
    return new ColdDmInput(name, company, offer, blankToNull(linkedinUrl), blankToNull(role), tone, recentActivity);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
