package app.konqer.sdk.billing;

/** The outcome of a payment. */
public enum PaymentStatus {
  /** The money was collected. */
  SUCCEEDED,
  /** The charge failed; the subscription is past due while Stripe retries. */
  FAILED,
  /** Not settled yet. */
  PENDING,
  /** Paid, then refunded. */
  REFUNDED,
  /** A status this SDK version does not know. */
  UNKNOWN
}
