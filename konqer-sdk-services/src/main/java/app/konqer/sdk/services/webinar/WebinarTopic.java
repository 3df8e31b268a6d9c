package app.konqer.sdk.services.webinar;

import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.Score;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One webinar topic and how to run it.
 *
 * @param title a working title for the webinar; at most 500 characters
 * @param demandScore how much the audience wants the topic now, 0 to 100
 * @param competition how many others already cover it
 * @param angle the angle that sets this webinar apart; at most 5,000 characters
 * @param suggestedFormat the format to run it in, such as {@code panel}, {@code workshop} or {@code live demo}; at
 *     most 500 characters
 */
public record WebinarTopic(
    @NotBlank @Size(max = Limits.LABEL) String title,
    @NotNull @Score Integer demandScore,
    @NotNull @KnownValue Competition competition,
    @NotBlank @Size(max = Limits.TEXT) String angle,
    @NotBlank @Size(max = Limits.LABEL) String suggestedFormat) {}
