package app.konqer.sdk.services.noshowshield;

/** The kind of a booked meeting. */
public enum MeetingType {
  /** A first call to qualify the prospect. */
  DISCOVERY,
  /** A product demonstration. */
  DEMO,
  /** A follow-up to an earlier meeting. */
  FOLLOW_UP,
  /** A negotiation or signing call. */
  CLOSING,
  /** A kick-off or onboarding session after the sale. */
  ONBOARDING,
  /** Any other meeting. */
  OTHER,
  /** A type this SDK version does not know; never sent. */
  UNKNOWN
}
