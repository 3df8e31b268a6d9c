package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.noshowshield.BookingSource;
import app.konqer.sdk.services.noshowshield.MeetingType;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.noshowshield.Reminder;
import app.konqer.sdk.services.noshowshield.ReminderChannel;
import app.konqer.sdk.services.noshowshield.RiskLevel;
import app.konqer.server.generation.scoring.NoShowRiskScorer;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class NoShowShieldWriterTest {
  private final NoShowRiskScorer scorer = new NoShowRiskScorer();
  private final NoShowShieldWriter writer = new NoShowShieldWriter(scorer);

  @Test
  void assessesTheBookingWithTheServersScorer() {
    NoShowShieldOutput output = writer.write(realistic(), ServerFacts.none());

    // 10 + booked 14 days ahead 20 + one prior no-show 20 + demo 10 + outbound 15
    assertThat(output.noShowRisk()).isEqualTo(75);
    assertThat(output.riskLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(output.factors()).containsExactly(
        "Booked 14 days ahead: plans change over a long lead time (+20)",
        "1 prior no-show (+20)",
        "Demos are skipped more often than other meetings (+10)",
        "Outbound: the attendee did not ask for the meeting (+15)");
  }

  @Test
  void everyMeetingTypeAndSourceScoresAsItsWireValueDoes() {
    for (MeetingType type : MeetingType.values()) {
      for (BookingSource source : BookingSource.values()) {
        if (type == MeetingType.UNKNOWN || source == BookingSource.UNKNOWN) {
          continue;
        }
        NoShowShieldInput input = realistic().toBuilder().meetingType(type).source(source).build();

        int expected = scorer.assess(input.attendeeName(), input.bookedAt(), input.scheduledAt(),
            KonqerJson.wireName(type), KonqerJson.wireName(source), input.priorNoShows()).score();

        assertThat(writer.write(input, ServerFacts.none()).noShowRisk()).as("%s, %s", type, source)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void remindersGoOutLargestLeadFirstAndNeverBeforeTheBooking() {
    NoShowShieldInput input = realistic();
    long leadMinutes = Duration.between(input.bookedAt(), input.scheduledAt()).toMinutes();

    NoShowShieldOutput output = writer.write(input, ServerFacts.none());

    assertThat(output.reminderPlan()).hasSizeBetween(1, 5)
        .isSortedAccordingTo(Comparator.comparing(Reminder::sendBeforeMinutes).reversed())
        .allSatisfy(r -> assertThat(r.sendBeforeMinutes()).isBetween(5, (int) leadMinutes - 5));
    assertThat(output.reminderPlan()).extracting(Reminder::sendBeforeMinutes).containsExactly(2880, 1440, 120, 15);
    assertThat(output.reminderPlan().get(0).message()).startsWith("Hi Dana, your demo is in 2 days.");
  }

  @Test
  void aLowRiskBookingGetsTwoEmails() {
    NoShowShieldInput input = realistic().toBuilder().priorNoShows(0).source(BookingSource.REFERRAL).build();

    NoShowShieldOutput output = writer.write(input, ServerFacts.none());

    assertThat(output.riskLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(output.reminderPlan()).extracting(Reminder::channel)
        .containsExactly(ReminderChannel.EMAIL, ReminderChannel.EMAIL);
  }

  @Test
  void aMeetingBookedMinutesAheadStillGetsOneShortText() {
    NoShowShieldInput input = realistic().toBuilder().scheduledAt(Samples.BOOKED.plusSeconds(180))
        .meetingType(MeetingType.FOLLOW_UP).build();

    NoShowShieldOutput output = writer.write(input, ServerFacts.none());

    assertThat(output.reminderPlan()).containsExactly(new Reminder(5, ReminderChannel.SMS,
        "Hi Dana, your follow-up call starts shortly. The joining link is in your calendar invite."));
  }

  @Test
  void aMeetingScheduledBeforeItWasBookedIsRejected() {
    NoShowShieldInput input = realistic().toBuilder().scheduledAt(Samples.BOOKED.minusSeconds(60)).build();

    assertThatThrownBy(() -> writer.write(input, ServerFacts.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheduled_at");
  }

  private static NoShowShieldInput realistic() {
    return (NoShowShieldInput) Samples.of(ServiceDefinitions.NO_SHOW_SHIELD).realistic();
  }
}
