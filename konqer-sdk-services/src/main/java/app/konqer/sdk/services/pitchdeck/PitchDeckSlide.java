package app.konqer.sdk.services.pitchdeck;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One slide of a pitch deck outline.
 *
 * @param index its position, from 1
 * @param title the slide title; at most 500 characters
 * @param bullets the points on the slide; 1 to 6 items of at most 500 characters
 * @param speakerNotes what the founder says while the slide is shown; at most 5,000 characters
 */
public record PitchDeckSlide(
    @NotNull @Min(1) @Max(12) Integer index,
    @NotBlank @Size(max = Limits.LABEL) String title,
    @Size(min = 1, max = 6) List<@NotBlank @Size(max = Limits.LABEL) String> bullets,
    @NotBlank @Size(max = Limits.TEXT) String speakerNotes) {
  /** Copies {@code bullets} into an immutable list; a missing list becomes empty. */
  public PitchDeckSlide {
    bullets = bullets == null ? List.of() : List.copyOf(bullets);
  }
}
