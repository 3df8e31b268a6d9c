package app.konqer.sdk.billing;

/** How often a plan is billed. */
public enum BillingInterval {
  /** Every month. */
  MONTH,
  /** Every year. */
  YEAR,
  /** An interval this SDK version does not know. */
  UNKNOWN
}
