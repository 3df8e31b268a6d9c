package app.konqer.server.generation.rules;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.noshowshield.Reminder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The time rules of a no-show-shield booking and its reminder plan. */
public final class BookingRules {
  /**
   * Below this lead time no reminder of at least 5 minutes fits after the booking, so the plan's timing is not held
   * against it.
   */
  private static final Duration SHORTEST_CHECKED_LEAD = Duration.ofMinutes(10);

  private BookingRules() {}

  /**
   * A meeting is scheduled after it was booked.
   *
   * @param input the booking
   * @return the violation, if any
   */
  public static List<FieldError> scheduledAfterBooking(NoShowShieldInput input) {
    return input.scheduledAt().isAfter(input.bookedAt()) ? List.of()
        : List.of(new FieldError("scheduled_at", "must be after booked_at"));
  }

  /**
   * No reminder would go out before the booking was made.
   *
   * @param input the booking
   * @param output the reminder plan
   * @return the violations, one per reminder that would
   */
  public static List<FieldError> remindersAfterBooking(NoShowShieldInput input, NoShowShieldOutput output) {
    Duration lead = Duration.between(input.bookedAt(), input.scheduledAt());
    if (lead.compareTo(SHORTEST_CHECKED_LEAD) < 0) {
      return List.of();
    }
    long leadMinutes = lead.toMinutes();
    List<FieldError> errors = new ArrayList<>();
    List<Reminder> plan = output.reminderPlan();
    for (int i = 0; i < plan.size(); i++) {
      Integer minutes = plan.get(i).sendBeforeMinutes();
      if (minutes != null && minutes >= leadMinutes) {
        errors.add(new FieldError("reminder_plan[" + i + "].send_before_minutes",
            "must be below the " + leadMinutes + " minutes between booked_at and scheduled_at, is " + minutes));
      }
    }
    return errors;
  }
}
