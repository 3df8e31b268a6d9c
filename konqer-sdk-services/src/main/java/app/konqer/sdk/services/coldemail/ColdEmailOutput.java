package app.konqer.sdk.services.coldemail;

import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.Score;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A cold email with subject lines and follow-ups: the output of {@code cold-email}.
 *
 * @param subjectLines three alternative subject lines to test; exactly 3 items of at most 500 characters
 * @param body the email body, plain text, signed off but without a signature block; at most 5,000 characters
 * @param followUps the follow-up emails in send order, exactly {@code follow_up_count} of them; at most 3 items
 * @param spamRiskScore how likely spam filters are to flag the email, 0 (clean) to 100 (almost certainly flagged)
 */
public record ColdEmailOutput(
    @Size(min = 3, max = 3) List<@NotBlank @Size(max = Limits.LABEL) String> subjectLines,
    @NotBlank @Size(max = Limits.TEXT) String body,
    @Size(max = 3) List<@Valid FollowUp> followUps,
    @NotNull @Score Integer spamRiskScore) implements ServiceOutput {
  /** Copies {@code subjectLines} and {@code followUps} into immutable lists; a missing list becomes empty. */
  public ColdEmailOutput {
    subjectLines = subjectLines == null ? List.of() : List.copyOf(subjectLines);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }
}
