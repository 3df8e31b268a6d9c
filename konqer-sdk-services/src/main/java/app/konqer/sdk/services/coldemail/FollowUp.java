package app.konqer.sdk.services.coldemail;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One follow-up email, sent if the prospect has not replied.
 *
 * @param dayOffset days after the first email to send it, 1 to 30, increasing through the sequence
 * @param subject its subject line; at most 500 characters
 * @param body its body, plain text; at most 5,000 characters
 */
public record FollowUp(
    @NotNull @Min(1) @Max(30) Integer dayOffset,
    @NotBlank @Size(max = Limits.LABEL) String subject,
    @NotBlank @Size(max = Limits.TEXT) String body) {}
