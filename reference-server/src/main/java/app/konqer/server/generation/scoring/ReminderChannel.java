package app.konqer.server.generation.scoring;

import java.util.Locale;

/** How a meeting reminder is sent. */
public enum ReminderChannel {
  /** An email. */
  EMAIL,
  /** A text message. */
  SMS;

  /**
   * The wire value.
   *
   * @return {@code email} or {@code sms}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
