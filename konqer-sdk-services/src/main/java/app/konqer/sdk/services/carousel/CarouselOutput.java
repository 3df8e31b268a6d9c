package app.konqer.sdk.services.carousel;

import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.ServerComputed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A LinkedIn carousel draft: the output of {@code carousel}.
 *
 * @param hook the opening line on the cover slide and in the post, written to stop the scroll; at most 5,000
 *     characters
 * @param slides the slides in order, exactly {@code slide_count} of them, indexed from 1; 5 to 15 items
 * @param cta the call to action on the last slide; at most 5,000 characters
 * @param estimatedReach a rough estimate of the impressions the post could reach; indicative only
 * @param canvaEditLink a link to edit the carousel in Canva; {@code null} unless the server has a Canva integration
 *     configured
 */
public record CarouselOutput(
    @NotBlank @Size(max = Limits.TEXT) String hook,
    @Size(min = 5, max = 15) List<@Valid CarouselSlide> slides,
    @NotBlank @Size(max = Limits.TEXT) String cta,
    @NotNull @Min(0) Integer estimatedReach,
    @ServerComputed @Size(max = Limits.URL) @Pattern(regexp = "https://\\S+") String canvaEditLink)
    implements ServiceOutput {
  /** Copies {@code slides} into an immutable list; a missing list becomes empty. */
  public CarouselOutput {
    slides = slides == null ? List.of() : List.copyOf(slides);
  }
}
