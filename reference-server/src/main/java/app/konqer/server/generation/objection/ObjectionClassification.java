package app.konqer.server.generation.objection;

import java.util.List;
import java.util.Map;

/**
 * The type an objection was classified as, and the evidence.
 *
 * @param type the winning type; {@link ObjectionType#OTHER} when no pattern matched
 * @param score the winning type's total weight, 0 when nothing matched
 * @param matchedPatterns the patterns of the winning type found in the objection, in knowledge order
 * @param scores every type's total weight, types without a match included with 0
 */
public record ObjectionClassification(ObjectionType type, int score, List<String> matchedPatterns,
    Map<ObjectionType, Integer> scores) {

  /** Copies the collections. */
  public ObjectionClassification {
    matchedPatterns = List.copyOf(matchedPatterns);
    scores = Map.copyOf(scores);
  }
}
