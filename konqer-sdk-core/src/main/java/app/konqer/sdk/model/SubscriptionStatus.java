package app.konqer.sdk.model;

/** The life-cycle state of a subscription, as Stripe reports it. */
public enum SubscriptionStatus {
  /** Paid and in force. */
  ACTIVE,
  /** Canceled; access lasts until the period ends. */
  CANCELED,
  /** The last payment failed; Stripe is retrying. */
  PAST_DUE,
  /** Payment retries are exhausted; access has ended. */
  UNPAID,
  /** In a trial period. */
  TRIALING,
  /** A status this SDK version does not know. */
  UNKNOWN
}
