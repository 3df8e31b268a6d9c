package app.konqer.sdk.model;

/** The subscription plans Konqer sells. */
public enum Plan {
  /** 699 EUR a year: all 12 services, three at once and the rest unlocked over 28 days. */
  FOUNDING,
  /** 99 EUR a month for one service. */
  MONTHLY_SINGLE,
  /** 399 EUR a month for all 12 services. */
  MONTHLY_BUNDLE,
  /** 990 EUR a year for one service. */
  ANNUAL_SINGLE,
  /** 3,990 EUR a year for all 12 services. */
  ANNUAL_BUNDLE,
  /** A plan this SDK version does not know. */
  UNKNOWN
}
