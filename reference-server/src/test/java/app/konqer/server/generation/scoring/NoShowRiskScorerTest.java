package app.konqer.server.generation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoShowRiskScorerTest {
  private static final Instant BOOKED = Instant.parse("2025-03-03T09:00:00Z");

  private final NoShowRiskScorer scorer = new NoShowRiskScorer();

  private NoShowRisk assess(Duration leadTime, String type, String source, int priorNoShows) {
    return scorer.assess("Dana Scully", BOOKED, BOOKED.plus(leadTime), type, source, priorNoShows);
  }

  @Test
  void levelsFollowTheContractBands() {
    assertThat(RiskLevel.of(0)).isEqualTo(RiskLevel.LOW);
    assertThat(RiskLevel.of(33)).isEqualTo(RiskLevel.LOW);
    assertThat(RiskLevel.of(34)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.of(66)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.of(67)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskLevel.of(100)).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void sixtyFiveIsStillMedium() {
    // base 10, 45 days +30, 1 prior +20, follow-up 0, source not given +5 = 65 -> medium (high starts at 67)
    NoShowRisk risk = assess(Duration.ofDays(45), "follow-up", null, 1);

    assertThat(risk.score()).isEqualTo(65);
    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void inboundDemoThreeDaysOutIsLow() {
    // base 10, 3 days lead 0, no prior 0, demo +10, inbound form -5 = 15 -> low
    NoShowRisk risk = assess(Duration.ofDays(3), "Demo", "Inbound form", 0);

    assertThat(risk.score()).isEqualTo(15);
    assertThat(risk.level()).isEqualTo(RiskLevel.LOW);
    assertThat(risk.factors()).containsExactly(
        "Demos are skipped more often than other meetings (+10)",
        "Inbound: the attendee asked for the meeting (-5)");
    assertThat(risk.reminderPlan()).containsExactly(
        new Reminder(1440, ReminderChannel.EMAIL, "Hi Dana, your demo is in 24 hours. Does the time still work?"
            + " Reply to confirm or pick a new slot."),
        new Reminder(60, ReminderChannel.EMAIL,
            "Hi Dana, your demo starts in 1 hour. The joining link is in your calendar invite."));
  }

  @Test
  void paidAdFollowUpTenDaysOutWithOneNoShowIsMedium() {
    // base 10, 10 days lead +10, 1 prior +20, follow-up 0, paid ad +15 = 55 -> medium
    NoShowRisk risk = assess(Duration.ofDays(10), "follow-up", "Paid ad (LinkedIn)", 1);

    assertThat(risk.score()).isEqualTo(55);
    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(risk.factors()).containsExactly(
        "Booked 10 days ahead: plans change over a long lead time (+10)",
        "1 prior no-show (+20)",
        "Paid-ad leads have the weakest intent (+15)");
    assertThat(risk.reminderPlan()).extracting(Reminder::sendBeforeMinutes, Reminder::channel).containsExactly(
        tuple(1440, ReminderChannel.EMAIL),
        tuple(120, ReminderChannel.SMS),
        tuple(15, ReminderChannel.SMS));
  }

  @Test
  void outboundDiscoveryThreeWeeksOutWithTwoNoShowsIsHigh() {
    // base 10, 21 days +20, 2 prior +40, discovery +10, outbound +15 = 95 -> high
    NoShowRisk risk = assess(Duration.ofDays(21), "Discovery call", "outbound", 2);

    assertThat(risk.score()).isEqualTo(95);
    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.factors()).contains("2 prior no-shows (+40)",
        "Booked 21 days ahead: plans change over a long lead time (+20)");
    assertThat(risk.reminderPlan()).extracting(Reminder::sendBeforeMinutes).containsExactly(2880, 1440, 120, 15);
    assertThat(risk.reminderPlan().get(0).message())
        .isEqualTo("Hi Dana, your discovery call is in 2 days. Does the time still work? Reply to confirm or pick"
            + " a new slot.");
  }

  @Test
  void clampsAtHundredAndCountsAtMostThreeNoShows() {
    // base 10, 45 days +30, 5 prior counted as 3 = +60, demo +10, outbound +15 = 125 -> 100
    NoShowRisk risk = assess(Duration.ofDays(45), "demo", "cold outbound", 5);
    assertThat(risk.score()).isEqualTo(100);
    assertThat(risk.factors()).contains("5 prior no-shows (+60)");
  }

  @Test
  void clampsAtZero() {
    // base 10, 3 days 0, onboarding -10, referral -10 = -10 -> 0
    NoShowRisk risk = assess(Duration.ofDays(3), "Onboarding kickoff", "Customer referral", 0);
    assertThat(risk.score()).isZero();
    assertThat(risk.level()).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void missingTypeAndSourceAddALittleRisk() {
    // base 10, 2 days 0, type not given +5, source not given +5 = 20
    NoShowRisk risk = assess(Duration.ofDays(2), null, " ", 0);
    assertThat(risk.score()).isEqualTo(20);
    assertThat(risk.factors()).containsExactly("Meeting type not given (+5)", "Source not given (+5)");
    assertThat(risk.reminderPlan().get(0).message()).startsWith("Hi Dana, your meeting is in 24 hours.");
  }

  @Test
  void unrecognisedTypeAndSourceAddNothing() {
    // base 10 only
    assertThat(assess(Duration.ofDays(2), "Lunch", "Trade magazine", 0).score()).isEqualTo(10);
  }

  @Test
  void veryShortLeadTimeIsRiskyAndGetsOneTextHalfwayThrough() {
    // base 10, 30 minutes +15, interview -5, referral -10 = 10 -> low; 24 h and 1 h reminders do not fit,
    // so one text 15 minutes before (half of the lead time)
    NoShowRisk risk = assess(Duration.ofMinutes(30), "Interview", "referral", 0);

    assertThat(risk.score()).isEqualTo(10);
    assertThat(risk.factors()).first().isEqualTo("Booked 30 minutes ahead: little time to plan around it (+15)");
    assertThat(risk.reminderPlan()).containsExactly(
        new Reminder(15, ReminderChannel.SMS, "Hi Dana, your interview starts in 15 minutes. See you there!"));
  }

  @Test
  void highRiskPlanKeepsOnlyTheRemindersThatFitTheLeadTime() {
    // 90 minutes: the 2-day, 24-hour and 2-hour reminders would go out before the booking
    NoShowRisk risk = assess(Duration.ofMinutes(90), "demo", "paid ad", 3);
    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.reminderPlan()).extracting(Reminder::sendBeforeMinutes).containsExactly(15);
  }

  @Test
  void leadTimeUnderTenMinutesGetsNoReminder() {
    assertThat(assess(Duration.ofMinutes(9), "demo", "inbound", 0).reminderPlan()).isEmpty();
    assertThat(assess(Duration.ZERO, "demo", "inbound", 0).reminderPlan()).isEmpty();
  }

  @Test
  void noReminderIsEverPlannedBeforeTheBooking() {
    List<Duration> leadTimes = List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(10),
        Duration.ofMinutes(19), Duration.ofMinutes(20), Duration.ofMinutes(64), Duration.ofMinutes(65),
        Duration.ofMinutes(124), Duration.ofMinutes(125), Duration.ofMinutes(1444), Duration.ofMinutes(1445),
        Duration.ofMinutes(2884), Duration.ofMinutes(2885), Duration.ofDays(90));
    for (Duration leadTime : leadTimes) {
      for (int prior = 0; prior <= 3; prior++) {
        NoShowRisk risk = assess(leadTime, "demo", "outbound", prior);
        assertThat(risk.reminderPlan()).as("lead time %s, %d prior", leadTime, prior)
            .allSatisfy(r -> assertThat((long) r.sendBeforeMinutes()).isLessThan(leadTime.toMinutes()));
      }
    }
  }

  @Test
  void reminderExactlyAtTheBookingIsDropped() {
    // low risk, lead time exactly 24 hours: the 24-hour email would go out at booking time; only the 1-hour one
    NoShowRisk risk = assess(Duration.ofHours(24), "demo", "inbound", 0);
    assertThat(risk.reminderPlan()).extracting(Reminder::sendBeforeMinutes).containsExactly(60);
  }

  @Test
  void keepsAcronymsAndNamesInMessages() {
    NoShowRisk risk = scorer.assess("  ", BOOKED, BOOKED.plus(Duration.ofDays(2)), "QBR", "partner", 0);
    assertThat(risk.reminderPlan().get(0).message()).startsWith("Hi there, your QBR is in 24 hours.");
  }

  @Test
  void textMessagesStayWithinOneSmsWhateverTheInput() {
    String longName = "Maximiliana-Alexandrina-Konstantinopolitanische von Hohenzollern-Sigmaringen";
    String longType = "Quarterly strategic alignment, roadmap deep dive and executive sponsor review session";
    NoShowRisk risk = scorer.assess(longName, BOOKED, BOOKED.plus(Duration.ofDays(3)), longType, "outbound", 2);

    assertThat(risk.reminderPlan()).filteredOn(r -> r.channel() == ReminderChannel.SMS).isNotEmpty()
        .allSatisfy(r -> assertThat(r.message()).hasSizeLessThanOrEqualTo(160)
            .startsWith("Hi there, your meeting starts in"));
  }

  @Test
  void rejectsAMeetingBeforeItsBookingAndNegativeCounts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> scorer.assess("Dana", BOOKED, BOOKED.minusSeconds(1), "demo", "inbound", 0))
        .withMessage("scheduled_at must not be before booked_at");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> scorer.assess("Dana", BOOKED, BOOKED.plusSeconds(60), "demo", "inbound", -1));
  }
}
