package app.konqer.server.generation.scoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plans meeting reminders for a risk level. Low risk gets emails 24 hours and 1 hour ahead; medium an email 24
 * hours ahead and texts 2 hours and 15 minutes ahead; high adds an email 2 days ahead. A reminder is only planned
 * when it goes out at least 5 minutes after the booking; when none fits, a single text goes out halfway through the
 * lead time (at most 15 minutes before), and a lead time under 10 minutes gets none.
 */
final class ReminderPlanner {
  private static final String CONFIRM_EMAIL =
      "Hi {name}, your {meeting} is {when}. Does the time still work? Reply to confirm or pick a new slot.";
  private static final String LINK_EMAIL =
      "Hi {name}, your {meeting} starts {when}. The joining link is in your calendar invite.";
  private static final String CONFIRM_SMS =
      "Hi {name}, your {meeting} starts {when}. Reply to confirm, or let us know if you need to reschedule.";
  private static final String SOON_SMS = "Hi {name}, your {meeting} starts {when}. See you there!";

  private static final Map<RiskLevel, List<ReminderStep>> PLANS = Map.of(
      RiskLevel.LOW, List.of(
          new ReminderStep(1440, ReminderChannel.EMAIL, CONFIRM_EMAIL),
          new ReminderStep(60, ReminderChannel.EMAIL, LINK_EMAIL)),
      RiskLevel.MEDIUM, List.of(
          new ReminderStep(1440, ReminderChannel.EMAIL, CONFIRM_EMAIL),
          new ReminderStep(120, ReminderChannel.SMS, CONFIRM_SMS),
          new ReminderStep(15, ReminderChannel.SMS, SOON_SMS)),
      RiskLevel.HIGH, List.of(
          new ReminderStep(2880, ReminderChannel.EMAIL, CONFIRM_EMAIL),
          new ReminderStep(1440, ReminderChannel.EMAIL, CONFIRM_EMAIL),
          new ReminderStep(120, ReminderChannel.SMS, CONFIRM_SMS),
          new ReminderStep(15, ReminderChannel.SMS, SOON_SMS)));

  /** Longer names and meeting types are replaced by "there" and "meeting", so a text message stays short. */
  private static final int MAX_LABEL_LENGTH = 40;
  private static final long MIN_MINUTES_AFTER_BOOKING = 5;
  private static final long SHORTEST_LEAD_WITH_REMINDER = 10;
  private static final int LATEST_FALLBACK_MINUTES = 15;

  private ReminderPlanner() {
  }

  static List<Reminder> plan(RiskLevel level, Duration leadTime, String attendeeName, String meetingType) {
    long leadMinutes = leadTime.toMinutes();
    String name = label(firstWord(attendeeName), "there");
    String meeting = label(inSentence(meetingType), "meeting");
    List<Reminder> reminders = new ArrayList<>();
    for (ReminderStep step : PLANS.get(level)) {
      if (leadMinutes - step.sendBeforeMinutes() >= MIN_MINUTES_AFTER_BOOKING) {
        reminders.add(step.render(name, meeting));
      }
    }
    if (reminders.isEmpty() && leadMinutes >= SHORTEST_LEAD_WITH_REMINDER) {
      int minutes = (int) Math.min(LATEST_FALLBACK_MINUTES, leadMinutes / 2);
      reminders.add(new ReminderStep(minutes, ReminderChannel.SMS, SOON_SMS).render(name, meeting));
    }
    return reminders;
  }

  private static String label(String value, String fallback) {
    return NormalizedText.of(value).isEmpty() || value.length() > MAX_LABEL_LENGTH ? fallback : value;
  }

  private static String firstWord(String name) {
    return name == null || name.isBlank() ? "" : name.strip().split("\\s+")[0];
  }

  /** "Product Demo" reads "product demo" inside a sentence; acronyms such as "QBR" keep their capitals. */
  private static String inSentence(String label) {
    if (label == null || label.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String word : label.strip().split("\\s+")) {
      boolean capitalized = word.length() > 1 && Character.isUpperCase(word.charAt(0))
          && word.substring(1).chars().noneMatch(Character::isUpperCase);
      out.append(out.length() == 0 ? "" : " ").append(capitalized ? word.toLowerCase(Locale.ROOT) : word);
    }
    return out.toString();
  }
}
