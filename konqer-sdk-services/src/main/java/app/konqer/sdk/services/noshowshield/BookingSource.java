package app.konqer.sdk.services.noshowshield;

/** How a meeting came to be booked. */
public enum BookingSource {
  /** The attendee reached out or booked through the website. */
  INBOUND,
  /** Booked from cold outreach. */
  OUTBOUND,
  /** Booked through an introduction. */
  REFERRAL,
  /** Booked from a paid campaign. */
  PAID,
  /** Booked at or after an event or webinar. */
  EVENT,
  /** Any other source. */
  OTHER,
  /** A source this SDK version does not know; never sent. */
  UNKNOWN
}
