package app.konqer.sdk.billing;

/** Which services a plan grants. */
public enum PlanAccess {
  /** The one service chosen at checkout. */
  SINGLE_SERVICE,
  /** All twelve services at once. */
  ALL_SERVICES,
  /** All twelve: three at once, the other nine unlocked over 28 days from the purchase. */
  ROLLING_UNLOCK,
  /** An access rule this SDK version does not know. */
  UNKNOWN
}
