package app.konqer.sdk.services.noshowshield;

import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.Score;
import app.konqer.sdk.services.contract.ServerComputed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A no-show risk estimate and reminder plan: the output of {@code no-show-shield}.
 *
 * @param noShowRisk how likely the attendee is to miss the meeting, 0 to 100, computed by the server
 * @param riskLevel the risk as a level, derived from {@code no_show_risk} (see {@link RiskLevel})
 * @param factors what raised or lowered the risk, most influential first; at most 10 items of at most 500 characters
 * @param reminderPlan the reminders in send order: the largest {@code send_before_minutes} first; 1 to 5 items
 */
public record NoShowShieldOutput(
    @ServerComputed @Score Integer noShowRisk,
    @ServerComputed @KnownValue RiskLevel riskLevel,
    @ServerComputed @Size(max = 10) List<@NotBlank @Size(max = Limits.LABEL) String> factors,
    @Size(min = 1, max = 5) List<@Valid Reminder> reminderPlan) implements ServiceOutput {
  /** Copies {@code factors} and {@code reminderPlan} into immutable lists; a missing list becomes empty. */
  public NoShowShieldOutput {
    factors = factors == null ? List.of() : List.copyOf(factors);
    reminderPlan = reminderPlan == null ? List.of() : List.copyOf(reminderPlan);
  }
}
