package app.konqer.server.generation.scoring;

import java.util.Arrays;
import java.util.List;

/** A row of a risk table: phrases that recognise a value, its points, and the reason shown to the user. */
record FactorRule(List<NormalizedText> phrases, int points, String reason) {

  static FactorRule of(int points, String reason, String... phrases) {
    return new FactorRule(Arrays.stream(phrases).map(NormalizedText::of).toList(), points, reason);
  }

  boolean matches(NormalizedText value) {
    return phrases.stream().anyMatch(value::contains);
  }
}
