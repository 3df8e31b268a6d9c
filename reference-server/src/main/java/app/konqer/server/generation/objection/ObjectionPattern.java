package app.konqer.server.generation.objection;

import java.util.Objects;

/**
 * A phrase that points to an objection type, such as {@code "too expensive"} for {@link ObjectionType#PRICE}.
 *
 * <p>The text is a phrase matched as whole words, or a keyword set whose parts are joined by {@code " + "}
 * ({@code "budget + next quarter"}) and which matches when every part appears anywhere in the objection.
 *
 * @param type the type it points to
 * @param pattern the phrase or keyword set
 * @param weight how strongly it points there, at least 1
 */
public record ObjectionPattern(ObjectionType type, String pattern, int weight) {

  /** Checks the fields. */
  public ObjectionPattern {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(pattern, "pattern");
    if (pattern.isBlank()) {
      throw new IllegalArgumentException("pattern must not be blank");
    }
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be at least 1: " + weight);
    }
  }
}
