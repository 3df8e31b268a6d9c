package app.konqer.sdk.services.deckheatmap;

import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.Score;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An investor-eye review of a deck: the output of {@code deck-heatmap}.
 *
 * @param overallScore how well the deck holds an investor's attention overall, 0 to 100
 * @param slides one review per input slide, in the same order; 1 to 30 items
 * @param topRisks the weaknesses most likely to make an investor pass, most serious first; at most 5 items of at most
 *     500 characters
 */
public record DeckHeatmapOutput(
    @NotNull @Score Integer overallScore,
    @Size(min = 1, max = 30) List<@Valid ScoredSlide> slides,
    @Size(max = 5) List<@NotBlank @Size(max = Limits.LABEL) String> topRisks) implements ServiceOutput {
  /** Copies {@code slides} and {@code topRisks} into immutable lists; a missing list becomes empty. */
  public DeckHeatmapOutput {
    slides = slides == null ? List.of() : List.copyOf(slides);
    topRisks = topRisks == null ? List.of() : List.copyOf(topRisks);
  }
}
