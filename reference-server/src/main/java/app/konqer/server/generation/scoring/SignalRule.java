package app.konqer.server.generation.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the warmth table: the phrases that recognise a signal, its points per occurrence, how many
 * occurrences count per lead, and, for signals that forbid outreach, the action that replaces the band's.
 */
record SignalRule(List<NormalizedText> phrases, int weight, int maxCount, String stopAction) {

  static SignalRule of(int weight, int maxCount, String... phrases) {
    return new SignalRule(normalized(phrases), weight, maxCount, null);
  }

  static SignalRule stop(int weight, String stopAction, String... phrases) {
    return new SignalRule(normalized(phrases), weight, 1, stopAction);
  }

  private static List<NormalizedText> normalized(String... phrases) {
    return Arrays.stream(phrases).map(NormalizedText::of).toList();
  }

  boolean matches(NormalizedText signal) {
    return phrases.stream().anyMatch(signal::contains);
  }
}
