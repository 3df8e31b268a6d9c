package app.konqer.sdk.services.objection;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The four steps of an objection answer, in the order a rep delivers them.
 *
 * @param empathy acknowledges the concern without arguing; at most 5,000 characters
 * @param reframe shows the concern from a different angle; at most 5,000 characters
 * @param evidence proof that supports the reframe, such as the case study; at most 5,000 characters
 * @param action the concrete next step proposed to the prospect; at most 5,000 characters
 */
public record ResponseStructure(
    @NotBlank @Size(max = Limits.TEXT) String empathy,
    @NotBlank @Size(max = Limits.TEXT) String reframe,
    @NotBlank @Size(max = Limits.TEXT) String evidence,
    @NotBlank @Size(max = Limits.TEXT) String action) {}
