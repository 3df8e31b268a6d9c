package app.konqer.server.generation.scoring;

import java.util.List;

/**
 * How likely an attendee is to miss a meeting, why, and how to remind them.
 *
 * @param score 0 to 100
 * @param level the band of the score
 * @param factors what raised or lowered the risk, each followed by its points
 * @param reminderPlan the reminders to send, earliest first
 */
public record NoShowRisk(int score, RiskLevel level, List<String> factors, List<Reminder> reminderPlan) {

  /** Copies the lists. */
  public NoShowRisk {
    factors = List.copyOf(factors);
    reminderPlan = List.copyOf(reminderPlan);
  }
}
