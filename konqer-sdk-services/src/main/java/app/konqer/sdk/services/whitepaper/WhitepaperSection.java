package app.konqer.sdk.services.whitepaper;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One section of a whitepaper.
 *
 * @param heading the section heading; at most 500 characters
 * @param body the section text, paragraphs separated by blank lines; at most 20,000 characters
 */
public record WhitepaperSection(
    @NotBlank @Size(max = Limits.LABEL) String heading,
    @NotBlank @Size(max = Limits.LONG_TEXT) String body) {}
