package app.konqer.server.generation.objection;

import app.konqer.server.generation.scoring.NormalizedText;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the framework to answer with.
 *
 * <p>A preferred framework named by the caller wins when it is known, whatever the objection type; it is looked up
 * by id or name ignoring case, accents, spaces and punctuation, so {@code "feel felt found"} finds Feel-Felt-Found.
 * Otherwise the best fit for the type wins: the framework listing the type earliest among its suited types, then
 * the smallest id. A type no framework lists gets the framework with the smallest id.
 */
public final class FrameworkSelector {
  private final List<ObjectionFramework> frameworks;

  /**
   * Creates a selector.
   *
   * @param frameworks the known frameworks, at least one
   */
  public FrameworkSelector(List<ObjectionFramework> frameworks) {
    Objects.requireNonNull(frameworks, "frameworks");
    if (frameworks.isEmpty()) {
      throw new IllegalArgumentException("at least one objection framework is needed");
    }
    this.frameworks = frameworks.stream().sorted(Comparator.comparing(ObjectionFramework::id)).toList();
  }

  /**
   * Chooses a framework.
   *
   * @param type the objection's type
   * @param preferred the caller's preferred framework; {@code null}, blank or unknown means none
   * @return the framework
   */
  public ObjectionFramework select(ObjectionType type, String preferred) {
    Objects.requireNonNull(type, "type");
    return find(preferred).orElseGet(() -> bestFor(type));
  }

  /**
   * Looks a framework up by id or name.
   *
   * @param nameOrId such as {@code "Cost vs Value"} or {@code "cost-vs-value"}
   * @return the framework, or empty when none matches
   */
  public Optional<ObjectionFramework> find(String nameOrId) {
    String key = key(nameOrId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return frameworks.stream()
        .filter(f -> key(f.id()).equals(key) || key(f.name()).equals(key))
        .findFirst();
  }

  private ObjectionFramework bestFor(ObjectionType type) {
    return frameworks.stream()
        .filter(f -> f.suitedTypes().contains(type))
        .min(Comparator.comparingInt((ObjectionFramework f) -> f.suitedTypes().indexOf(type))
            .thenComparing(ObjectionFramework::id))
        .orElse(frameworks.get(0));
  }

  private static String key(String text) {
    return NormalizedText.of(text).value().replace(" ", "");
  }
}
