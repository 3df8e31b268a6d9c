package app.konqer.sdk.services.deckheatmap;

import app.konqer.sdk.services.ServiceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * The deck to review, as text: the body of {@code POST /services/deck-heatmap/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * DeckHeatmapInput input = DeckHeatmapInput.builder()
 *     .slides(List.of(
 *         new DeckSlide("Northwind", "Route planning for regional fleets"),
 *         new DeckSlide("Problem", "Regional fleets drive 20% of their miles empty")))
 *     .build();
 * }</pre>
 *
 * @param slides the slides in deck order; required, 1 to 30 items
 */
public record DeckHeatmapInput(
    @Size(min = 1, max = 30) List<@Valid DeckSlide> slides) implements ServiceInput {
  /** Copies {@code slides} into an immutable list; a missing list becomes empty. */
  public DeckHeatmapInput {
    slides = slides == null ? List.of() : List.copyOf(slides);
  }

  /**
   * Starts a builder that asks for the required {@code slides} first.
   *
   * @return the first step of the builder
   */
  public static SlidesStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.slides = slides;
    return builder;
  }

  /** The step of the builder that sets the required {@code slides}. */
  public interface SlidesStep {
    /**
     * Sets the required {@link DeckHeatmapInput#slides() slides}.
     *
     * @param slides the slides in deck order; required, 1 to 30 items
     * @return the builder
     * @throws NullPointerException if {@code slides} is null
     */
    Builder slides(List<DeckSlide> slides);
  }

  /**
   * Builds a {@link DeckHeatmapInput}. The required members come first, through the step interfaces.
   */
  public static final class Builder implements SlidesStep {
    private List<DeckSlide> slides;

    private Builder() {}

    @Override
    public Builder slides(List<DeckSlide> slides) {
      this.slides = Objects.requireNonNull(slides, "slides");
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public DeckHeatmapInput build() {
      return new DeckHeatmapInput(slides);
    }
  }
}
