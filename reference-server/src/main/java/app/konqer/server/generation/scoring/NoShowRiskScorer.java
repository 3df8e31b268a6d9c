package app.konqer.server.generation.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Estimates how likely an attendee is to miss a meeting, and plans reminders to match.
 *
 * <p>The risk starts at 10 and adds the rows below, clamped to 0..100. Its level follows the contract's bands
 * ({@link RiskLevel#of(int)}): 0 to 33 {@link RiskLevel#LOW}, 34 to 66 {@link RiskLevel#MEDIUM}, 67 to 100
 * {@link RiskLevel#HIGH}.
 *
 * <table>
 *   <caption>No-show risk points</caption>
 *   <tr><th>Factor</th><th>Points</th></tr>
 *   <tr><td>Lead time under 1 hour / under 1 day / 1 to 7 days / 7 to 14 days / 14 to 30 days / 30 days and
 *       more</td><td>+15 / +5 / 0 / +10 / +20 / +30</td></tr>
 *   <tr><td>Each prior no-show, up to 3</td><td>+20</td></tr>
 *   <tr><td>Meeting type demo / discovery or intro / follow-up or review / interview / onboarding or
 *       kickoff / not given</td><td>+10 / +10 / 0 / -5 / -10 / +5</td></tr>
 *   <tr><td>Source referral / inbound form or website / outbound / paid ad / event or webinar / partner / not
 *       given</td><td>-10 / -5 / +15 / +15 / +5 / 0 / +5</td></tr>
 * </table>
 *
 * <p>Meeting types and sources are recognised by the words they contain (first matching row wins); an
 * unrecognised value adds nothing. The reminder plan follows the level (more and earlier reminders for a higher
 * risk) and never schedules a reminder before the booking.
 */
public final class NoShowRiskScorer {
  private static final int BASE_RISK = 10;
  private static final int PRIOR_NO_SHOW_POINTS = 20;
  private static final int PRIOR_NO_SHOWS_COUNTED = 3;

  private static final List<LeadTimeBand> LEAD_TIMES = List.of(
      new LeadTimeBand(Duration.ofHours(1), 15, "little time to plan around it"),
      new LeadTimeBand(Duration.ofDays(1), 5, "short notice"),
      new LeadTimeBand(Duration.ofDays(7), 0, ""),
      new LeadTimeBand(Duration.ofDays(14), 10, "plans change over a long lead time"),
      new LeadTimeBand(Duration.ofDays(30), 20, "plans change over a long lead time"),
      new LeadTimeBand(null, 30, "meetings booked a month ahead are often forgotten"));

  private static final List<FactorRule> MEETING_TYPES = List.of(
      FactorRule.of(10, "Demos are skipped more often than other meetings",
          "demo", "demonstration", "product tour"),
      FactorRule.of(10, "Discovery and intro calls ask little commitment",
          "discovery", "intro", "introduction", "introductory", "qualification", "exploratory"),
      FactorRule.of(0, "", "follow up", "followup", "check in", "review", "qbr", "renewal"),
      FactorRule.of(-5, "Candidates rarely miss interviews", "interview"),
      FactorRule.of(-10, "Customers attend the onboarding they paid for",
          "onboarding", "kickoff", "kick off", "implementation", "training"));

  private static final List<FactorRule> SOURCES = List.of(
      FactorRule.of(-10, "Referred attendees show up more reliably", "referral", "referred", "referrer"),
      FactorRule.of(15, "Paid-ad leads have the weakest intent",
          "paid", "ad", "ads", "ppc", "cpc", "sponsored"),
      FactorRule.of(15, "Outbound: the attendee did not ask for the meeting",
          "outbound", "cold", "prospecting", "sdr", "bdr"),
      FactorRule.of(-5, "Inbound: the attendee asked for the meeting",
          "inbound", "form", "website", "organic", "contact us"),
      FactorRule.of(5, "Event leads cool off quickly", "event", "webinar", "conference", "trade show", "booth"),
      FactorRule.of(0, "", "partner", "reseller"));

  private static final FactorRule MEETING_TYPE_MISSING = FactorRule.of(5, "Meeting type not given");
  private static final FactorRule SOURCE_MISSING = FactorRule.of(5, "Source not given");

  /** Creates a scorer; it holds no state. */
  public NoShowRiskScorer() {
  }

  /**
   * Assesses a booking.
   *
   * @param attendeeName who is invited, used in the reminder messages; {@code null} or blank reads "there"
   * @param bookedAt when the meeting was booked
   * @param scheduledAt when it takes place, not before {@code bookedAt}
   * @param meetingType such as "demo", "discovery call", "interview"; {@code null} if unknown
   * @param source where the booking came from, such as "inbound form", "referral", "paid ad"; {@code null} if
   *     unknown
   * @param priorNoShows how many meetings this attendee missed before, not negative
   * @return the risk, its level and factors, and the reminder plan
   * @throws IllegalArgumentException if the meeting is scheduled before it was booked or the count is negative
   */
  public NoShowRisk assess(String attendeeName, Instant bookedAt, Instant scheduledAt, String meetingType,
      String source, int priorNoShows) {
    Objects.requireNonNull(bookedAt, "bookedAt");
    Objects.requireNonNull(scheduledAt, "scheduledAt");
    Duration leadTime = Duration.between(bookedAt, scheduledAt);
    if (leadTime.isNegative()) {
      throw new IllegalArgumentException("scheduled_at must not be before booked_at");
    }
    if (priorNoShows < 0) {
      throw new IllegalArgumentException("prior_no_shows must not be negative: " + priorNoShows);
    }
    List<String> factors = new ArrayList<>();
    int raw = BASE_RISK;
    LeadTimeBand band = LEAD_TIMES.stream().filter(b -> b.contains(leadTime)).findFirst().orElseThrow();
    raw += add(factors, band.points(), "Booked " + Durations.inWords(leadTime) + " ahead: " + band.reason());
    int counted = Math.min(priorNoShows, PRIOR_NO_SHOWS_COUNTED);
    raw += add(factors, counted * PRIOR_NO_SHOW_POINTS,
        priorNoShows + " prior no-show" + (priorNoShows == 1 ? "" : "s"));
    raw += add(factors, MEETING_TYPES, MEETING_TYPE_MISSING, meetingType);
    raw += add(factors, SOURCES, SOURCE_MISSING, source);

    int score = Scores.clamp(raw);
    RiskLevel level = RiskLevel.of(score);
    return new NoShowRisk(score, level, factors, ReminderPlanner.plan(level, leadTime, attendeeName, meetingType));
  }

  private static int add(List<String> factors, List<FactorRule> rules, FactorRule missing, String value) {
    NormalizedText text = NormalizedText.of(value);
    FactorRule rule = text.isEmpty()
        ? missing
        : rules.stream().filter(r -> r.matches(text)).findFirst().orElse(null);
    return rule == null ? 0 : add(factors, rule.points(), rule.reason());
  }

  private static int add(List<String> factors, int points, String reason) {
    if (points != 0) {
      factors.add(reason + " (" + (points > 0 ? "+" : "") + points + ")");
    }
    return points;
  }

  private record LeadTimeBand(Duration below, int points, String reason) {
    boolean contains(Duration leadTime) {
      return below == null || leadTime.compareTo(below) < 0;
    }
  }
}
