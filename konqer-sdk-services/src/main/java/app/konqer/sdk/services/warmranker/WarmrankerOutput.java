package app.konqer.sdk.services.warmranker;

import app.konqer.sdk.services.ServiceOutput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Leads ranked by warmth: the output of {@code warmranker}.
 *
 * @param ranked one entry per input lead, warmest first: sorted by {@code warmth_score}, highest first, ties in input
 *     order; 1 to 100 items
 */
public record WarmrankerOutput(
    @Size(min = 1, max = 100) List<@Valid RankedLead> ranked) implements ServiceOutput {
  /** Copies {@code ranked} into an immutable list; a missing list becomes empty. */
  public WarmrankerOutput {
    ranked = ranked == null ? List.of() : List.copyOf(ranked);
  }
}
