package app.konqer.server.generation.objection;

import java.util.Locale;
import java.util.Optional;

/**
 * What an objection is about. The declaration order is the classifier's tie-break: on equal scores the earlier
 * type wins.
 */
public enum ObjectionType {
  /** Cost, budget, discounts. */
  PRICE,
  /** Not now, later, next quarter. */
  TIMING,
  /** Another vendor or an in-house tool. */
  COMPETITOR,
  /** Someone else decides. */
  AUTHORITY,
  /** No problem to solve. */
  NEED,
  /** Doubt about the seller or the product. */
  TRUST,
  /** The current way works well enough. */
  STATUS_QUO,
  /** A brush-off or anything else. */
  OTHER;

  /**
   * The wire value.
   *
   * @return such as {@code price} or {@code status_quo}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Looks a type up by its wire value.
   *
   * @param id such as {@code status_quo}
   * @return the type, or empty when no type has that value
   */
  public static Optional<ObjectionType> fromId(String id) {
    for (ObjectionType type : values()) {
      if (type.id().equals(id)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
