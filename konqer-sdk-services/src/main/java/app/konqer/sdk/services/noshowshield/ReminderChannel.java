package app.konqer.sdk.services.noshowshield;

/** How a reminder is sent. */
public enum ReminderChannel {
  /** An e-mail. */
  EMAIL,
  /** A text message. */
  SMS,
  /** A LinkedIn message. */
  LINKEDIN,
  /** A short phone call. */
  CALL,
  /** A channel this SDK version does not know; never sent. */
  UNKNOWN
}
