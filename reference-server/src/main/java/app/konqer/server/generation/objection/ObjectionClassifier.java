package app.konqer.server.generation.objection;

import app.konqer.server.generation.scoring.NormalizedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Classifies an objection by the patterns it contains.
 *
 * <p>The objection and every pattern are normalized (case, accents and punctuation ignored, see
 * {@link NormalizedText}). Each pattern found in the objection adds its weight to its type, once however often it
 * appears. The type with the highest total wins; equal totals go to the type declared first in
 * {@link ObjectionType}; an objection that matches nothing is {@link ObjectionType#OTHER}.
 */
public final class ObjectionClassifier {
  private final List<CompiledPattern> patterns;

  /**
   * Creates a classifier.
   *
   * @param patterns the patterns, such as those of {@link ObjectionKnowledge#patterns()}
   */
  public ObjectionClassifier(List<ObjectionPattern> patterns) {
    Objects.requireNonNull(patterns, "patterns");
    this.patterns = patterns.stream().map(CompiledPattern::of).toList();
  }

  /**
   * Classifies an objection.
   *
   * @param objection what the prospect said
   * @return the type, its score and the matched patterns
   */
  public ObjectionClassification classify(String objection) {
    NormalizedText text = NormalizedText.of(Objects.requireNonNull(objection, "objection"));
    Map<ObjectionType, Integer> scores = new EnumMap<>(ObjectionType.class);
    Map<ObjectionType, List<String>> matches = new EnumMap<>(ObjectionType.class);
    for (ObjectionType type : ObjectionType.values()) {
      scores.put(type, 0);
      matches.put(type, new ArrayList<>());
    }
    for (CompiledPattern pattern : patterns) {
      if (pattern.matches(text)) {
        ObjectionType type = pattern.source().type();
        scores.merge(type, pattern.source().weight(), Integer::sum);
        matches.get(type).add(pattern.source().pattern());
      }
    }
    ObjectionType winner = ObjectionType.OTHER;
    int best = 0;
    for (ObjectionType type : ObjectionType.values()) {
      if (scores.get(type) > best) {
        winner = type;
        best = scores.get(type);
      }
    }
    return new ObjectionClassification(winner, best, matches.get(winner), scores);
  }

  private record CompiledPattern(ObjectionPattern source, List<NormalizedText> parts) {
    static CompiledPattern of(ObjectionPattern pattern) {
      List<NormalizedText> parts = new ArrayList<>();
      for (String part : pattern.pattern().split("\\s\\+\\s")) {
        NormalizedText normalized = NormalizedText.of(part);
        if (normalized.isEmpty()) {
          throw new IllegalArgumentException("pattern has an empty part: " + pattern.pattern());
        }
        parts.add(normalized);
      }
      return new CompiledPattern(pattern, List.copyOf(parts));
    }

    boolean matches(NormalizedText text) {
      return parts.stream().allMatch(text::contains);
    }
  }
}
