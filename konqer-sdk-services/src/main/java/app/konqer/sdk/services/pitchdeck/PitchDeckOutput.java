package app.konqer.sdk.services.pitchdeck;

import app.konqer.sdk.services.ServiceOutput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An investor pitch deck outline: the output of {@code pitch-deck}.
 *
 * @param slides the slides in the standard investor order: title, problem, solution, product, market, business model,
 *     traction, competition, go-to-market, team, financials, ask; a 10- or 11-slide deck merges neighbouring topics;
 *     10 to 12 items, indexed from 1
 */
public record PitchDeckOutput(
    @Size(min = 10, max = 12) List<@Valid PitchDeckSlide> slides) implements ServiceOutput {
  /** Copies {@code slides} into an immutable list; a missing list becomes empty. */
  public PitchDeckOutput {
    slides = slides == null ? List.of() : List.copyOf(slides);
  }
}
