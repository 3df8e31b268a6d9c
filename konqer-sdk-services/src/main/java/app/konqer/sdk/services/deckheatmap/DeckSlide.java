package app.konqer.sdk.services.deckheatmap;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One slide of the deck to review, as text.
 *
 * @param title the slide title; optional, at most 5,000 characters
 * @param content the text on the slide (and a description of its visuals); required, at most 5,000 characters
 */
public record DeckSlide(
    @Size(max = Limits.TEXT) String title,
    @NotBlank @Size(max = Limits.TEXT) String content) {}
