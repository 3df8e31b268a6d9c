package app.konqer.sdk.services.carousel;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One slide of a carousel.
 *
 * @param index its position, from 1
 * @param title the headline of the slide; at most 500 characters
 * @param content the body text of the slide; at most 5,000 characters
 * @param visualPrompt a prompt describing the image or graphic for the slide, ready for an image generator; at most
 *     5,000 characters
 */
public record CarouselSlide(
    @NotNull @Min(1) @Max(15) Integer index,
    @NotBlank @Size(max = Limits.LABEL) String title,
    @NotBlank @Size(max = Limits.TEXT) String content,
    @NotBlank @Size(max = Limits.TEXT) String visualPrompt) {}
