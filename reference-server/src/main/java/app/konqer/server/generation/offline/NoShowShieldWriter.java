package app.konqer.server.generation.offline;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.noshowshield.Reminder;
import app.konqer.sdk.services.noshowshield.ReminderChannel;
import app.konqer.sdk.services.noshowshield.RiskLevel;
import app.konqer.server.generation.scoring.BookingTerms;
import app.konqer.server.generation.scoring.NoShowRisk;
import app.konqer.server.generation.scoring.NoShowRiskScorer;
import java.util.List;
import java.util.Objects;

/**
 * Assesses a booking with the server's {@link NoShowRiskScorer} and writes its reminder plan: more and earlier
 * reminders for a higher risk, never one before the booking, largest {@code send_before_minutes} first.
 *
 * <p>Meeting types and sources reach the scorer as the {@link BookingTerms} the pipeline also uses ("follow-up
 * call", "paid ad"); the words also read naturally in the reminder texts. A meeting booked less than
 * ten minutes ahead, for which the scorer plans nothing, gets one short text five minutes before the start, so the
 * plan is never empty.
 *
 * <p>Sets {@code no_show_risk}, {@code risk_level} and {@code factors} with the same scorer the pipeline uses;
 * leaves nothing else to the pipeline. The scorer rejects a meeting scheduled before it was booked with an
 * {@link IllegalArgumentException}; the pipeline answers such a request with a 422 before generation.
 */
final class NoShowShieldWriter implements ServiceWriter<NoShowShieldInput, NoShowShieldOutput> {
  private static final int FALLBACK_MINUTES = 5;
  private static final int MAX_FACTORS = 10;

  private final NoShowRiskScorer scorer;

  NoShowShieldWriter(NoShowRiskScorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  @Override
  public NoShowShieldOutput write(NoShowShieldInput input, ServerFacts facts) {
    String meeting = BookingTerms.meetingType(input.meetingType());
    String source = BookingTerms.source(input.source());
    int priorNoShows = Math.max(0, input.priorNoShows() == null
        ? NoShowShieldInput.DEFAULT_PRIOR_NO_SHOWS : input.priorNoShows());
    NoShowRisk risk = scorer.assess(input.attendeeName(), input.bookedAt(), input.scheduledAt(), meeting, source,
        priorNoShows);

    List<Reminder> reminders = risk.reminderPlan().stream()
        .map(r -> new Reminder(r.sendBeforeMinutes(), ReminderChannel.valueOf(r.channel().name()),
            Text.clip(r.message(), Limits.TEXT)))
        .toList();
    if (reminders.isEmpty()) {
      reminders = List.of(new Reminder(FALLBACK_MINUTES, ReminderChannel.SMS,
          "Hi " + Text.firstName(input.attendeeName(), "there") + ", your " + (meeting == null ? "meeting" : meeting)
              + " starts shortly. The joining link is in your calendar invite."));
    }
    List<String> factors = risk.factors().stream().limit(MAX_FACTORS).map(f -> Text.clip(f, Limits.LABEL)).toList();
    return new NoShowShieldOutput(risk.score(), RiskLevel.valueOf(risk.level().name()), factors, reminders);
  }
}
