package app.konqer.sdk.services.noshowshield;

import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One reminder to send before a meeting.
 *
 * @param sendBeforeMinutes how many minutes before the meeting to send it, from 5 minutes to 14 days (20,160)
 * @param channel how to send it
 * @param message the reminder text; at most 5,000 characters
 */
public record Reminder(
    @NotNull @Min(5) @Max(20160) Integer sendBeforeMinutes,
    @NotNull @KnownValue ReminderChannel channel,
    @NotBlank @Size(max = Limits.TEXT) String message) {}
