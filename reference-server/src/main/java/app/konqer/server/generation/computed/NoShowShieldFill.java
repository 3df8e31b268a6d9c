package app.konqer.server.generation.computed;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.noshowshield.RiskLevel;
import app.konqer.server.generation.offline.ServerFacts;
import app.konqer.server.generation.scoring.BookingTerms;
import app.konqer.server.generation.scoring.NoShowRisk;
import app.konqer.server.generation.scoring.NoShowRiskScorer;
import java.util.List;

/**
 * Sets {@code no_show_risk}, {@code risk_level} and {@code factors} from the {@link NoShowRiskScorer}: lead time,
 * prior no-shows, meeting type and source. The written reminder plan stays.
 */
public final class NoShowShieldFill {
  private static final int MAX_FACTORS = 10;

  private final NoShowRiskScorer scorer;

  /**
   * Creates the fill.
   *
   * @param scorer assesses the booking
   */
  public NoShowShieldFill(NoShowRiskScorer scorer) {
    this.scorer = scorer;
  }

  /**
   * Assesses the booking.
   *
   * @param input the booking
   * @param facts unused
   * @param output the written reminder plan
   * @return the output with the server's risk
   */
  public NoShowShieldOutput fill(NoShowShieldInput input, ServerFacts facts, NoShowShieldOutput output) {
    NoShowRisk risk = scorer.assess(input.attendeeName(), input.bookedAt(), input.scheduledAt(),
        BookingTerms.meetingType(input.meetingType()), BookingTerms.source(input.source()), input.priorNoShows());
    List<String> factors = risk.factors().stream()
        .limit(MAX_FACTORS)
        .map(factor -> factor.length() <= Limits.LABEL ? factor : factor.substring(0, Limits.LABEL))
        .toList();
    return new NoShowShieldOutput(risk.score(), RiskLevel.valueOf(risk.level().name()), factors,
        output.reminderPlan());
  }
}
