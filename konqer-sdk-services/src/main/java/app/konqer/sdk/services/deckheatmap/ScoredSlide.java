package app.konqer.sdk.services.deckheatmap;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.Score;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The review of one slide.
 *
 * @param index the position of the slide in the input, from 1
 * @param title the slide's title, or a short label for it when it has none; at most 500 characters
 * @param attentionScore how much attention the slide earns from an investor, 0 to 100
 * @param strengths what works on the slide; at most 5 items of at most 500 characters
 * @param issues what does not; at most 5 items of at most 500 characters
 * @param suggestion the one change that would improve the slide most; at most 5,000 characters
 */
public record ScoredSlide(
    @NotNull @Min(1) @Max(30) Integer index,
    @NotBlank @Size(max = Limits.LABEL) String title,
    @NotNull @Score Integer attentionScore,
    @Size(max = 5) List<@NotBlank @Size(max = Limits.LABEL) String> strengths,
    @Size(max = 5) List<@NotBlank @Size(max = Limits.LABEL) String> issues,
    @NotBlank @Size(max = Limits.TEXT) String suggestion) {
  /** Copies {@code strengths} and {@code issues} into immutable lists; a missing list becomes empty. */
  public ScoredSlide {
    strengths = strengths == null ? List.of() : List.copyOf(strengths);
    issues = issues == null ? List.of() : List.copyOf(issues);
  }
}
