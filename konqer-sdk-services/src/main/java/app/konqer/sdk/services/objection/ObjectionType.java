package app.konqer.sdk.services.objection;

/** The kind of a sales objection, as the server classifies it. */
public enum ObjectionType {
  /** Too expensive, no budget, cheaper elsewhere. */
  PRICE,
  /** Not now, next quarter, too busy. */
  TIMING,
  /** Already use or prefer a competitor. */
  COMPETITOR,
  /** Not the one who decides. */
  AUTHORITY,
  /** Does not see the problem or the value. */
  NEED,
  /** Doubts the vendor, the product or the claims. */
  TRUST,
  /** Current way works well enough; change is risky. */
  STATUS_QUO,
  /** None of the above. */
  OTHER,
  /** A type this SDK version does not know; never sent. */
  UNKNOWN
}
