package app.konqer.server.generation.scoring;

import java.util.Objects;

/**
 * One reminder of a no-show plan.
 *
 * @param sendBeforeMinutes how long before the meeting it is sent, always less than the lead time
 * @param channel how it is sent
 * @param message the text to send
 */
public record Reminder(int sendBeforeMinutes, ReminderChannel channel, String message) {

  /** Checks the fields. */
  public Reminder {
    if (sendBeforeMinutes <= 0) {
      throw new IllegalArgumentException("sendBeforeMinutes must be positive: " + sendBeforeMinutes);
    }
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(message, "message");
  }
}
