package app.konqer.server.generation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.noshowshield.Reminder;
import app.konqer.sdk.services.noshowshield.ReminderChannel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingRulesTest {
  private static final Instant BOOKED = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void aMeetingMustStartAfterItsBooking() {
    assertThat(BookingRules.scheduledAfterBooking(booking(Duration.ofMinutes(1)))).isEmpty();
    assertThat(BookingRules.scheduledAfterBooking(booking(Duration.ZERO)))
        .containsExactly(new FieldError("scheduled_at", "must be after booked_at"));
  }

  @Test
  void noReminderGoesOutBeforeTheBooking() {
    NoShowShieldInput twoHoursAhead = booking(Duration.ofHours(2));

    assertThat(BookingRules.remindersAfterBooking(twoHoursAhead, plan(60, 15))).isEmpty();
    assertThat(BookingRules.remindersAfterBooking(twoHoursAhead, plan(1440, 120, 15))).containsExactly(
        new FieldError("reminder_plan[0].send_before_minutes",
            "must be below the 120 minutes between booked_at and scheduled_at, is 1440"),
        new FieldError("reminder_plan[1].send_before_minutes",
            "must be below the 120 minutes between booked_at and scheduled_at, is 120"));
  }

  @Test
  void aBookingUnderTenMinutesAheadIsNotHeldToIt() {
    assertThat(BookingRules.remindersAfterBooking(booking(Duration.ofMinutes(7)), plan(5))).isEmpty();
  }

  private static NoShowShieldInput booking(Duration leadTime) {
    return NoShowShieldInput.builder().attendeeName("Dana").scheduledAt(BOOKED.plus(leadTime)).bookedAt(BOOKED)
        .build();
  }

  private static NoShowShieldOutput plan(int... minutes) {
    return new NoShowShieldOutput(null, null, null, java.util.Arrays.stream(minutes)
        .mapToObj(m -> new Reminder(m, ReminderChannel.EMAIL, "See you soon")).toList());
  }

}
