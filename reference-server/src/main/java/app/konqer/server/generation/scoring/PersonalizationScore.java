package app.konqer.server.generation.scoring;

import java.util.List;

/**
 * How personal a cold DM is, with what earned and what cost points.
 *
 * @param score 0 to 100
 * @param firstNameMentioned whether the prospect's first name appears
 * @param companyMentioned whether the company appears
 * @param recentActivityMentioned the recent activity items the message refers to, as given
 * @param techStackMentioned the tech stack items the message names, as given
 * @param genericPhrases the generic phrases found, as listed in the penalty table
 */
public record PersonalizationScore(
    int score,
    boolean firstNameMentioned,
    boolean companyMentioned,
    List<String> recentActivityMentioned,
    List<String> techStackMentioned,
    List<String> genericPhrases) {

  /** Copies the lists. */
  public PersonalizationScore {
    recentActivityMentioned = List.copyOf(recentActivityMentioned);
    techStackMentioned = List.copyOf(techStackMentioned);
    genericPhrases = List.copyOf(genericPhrases);
  }
}
