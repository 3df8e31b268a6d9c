package app.konqer.sdk.services.webinar;

/** How crowded a webinar topic is. */
public enum Competition {
  /** Few others cover the topic. */
  LOW,
  /** Some others cover it; a distinct angle is needed. */
  MEDIUM,
  /** Many others cover it. */
  HIGH,
  /** A level this SDK version does not know; never sent. */
  UNKNOWN
}
