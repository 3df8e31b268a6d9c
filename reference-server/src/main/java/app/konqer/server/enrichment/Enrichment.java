package app.konqer.server.enrichment;

import java.util.List;

/**
 * What an enricher learned about a prospect. Each member is null or empty when nothing was found.
 *
 * @param title the prospect's job title
 * @param companySize the estimated number of employees of the prospect's company
 * @param techStack technologies the company uses
 * @param sources the sources that contributed at least one member, such as {@code apollo}; empty when none did
 */
public record Enrichment(String title, Integer companySize, List<String> techStack, List<String> sources) {
  /** The source name of Apollo's people match. */
  public static final String APOLLO = "apollo";

  private static final Enrichment NONE = new Enrichment(null, null, List.of(), List.of());

  /** Copies the lists. */
  public Enrichment {
    techStack = techStack == null ? List.of() : List.copyOf(techStack);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /**
   * Nothing learned.
   *
   * @return the empty enrichment
   */
  public static Enrichment none() {
    return NONE;
  }

  /**
   * Whether nothing was learned.
   *
   * @return true when no source contributed
   */
  public boolean isEmpty() {
    return sources.isEmpty();
  }
}
