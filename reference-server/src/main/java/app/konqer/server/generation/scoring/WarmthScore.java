package app.konqer.server.generation.scoring;

import java.util.List;

/**
 * How warm a lead is.
 *
 * @param score 0 (cold) to 100 (ready to talk)
 * @param reasons the signals that moved the score, each followed by its points, such as
 *     {@code "opened email 3 times (+15)"}
 * @param recommendedAction what to do next, from the score band or from a signal that forbids contact
 */
public record WarmthScore(int score, List<String> reasons, String recommendedAction) {

  /** Copies the reasons. */
  public WarmthScore {
    reasons = List.copyOf(reasons);
  }
}
