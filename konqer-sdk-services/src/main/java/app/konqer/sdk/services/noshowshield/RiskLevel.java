package app.konqer.sdk.services.noshowshield;

/** A no-show risk as a level: {@code low} below 34, {@code medium} from 34 to 66, {@code high} from 67. */
public enum RiskLevel {
  /** A risk from 0 to 33. */
  LOW,
  /** A risk from 34 to 66. */
  MEDIUM,
  /** A risk from 67 to 100. */
  HIGH,
  /** A level this SDK version does not know; never sent. */
  UNKNOWN
}
