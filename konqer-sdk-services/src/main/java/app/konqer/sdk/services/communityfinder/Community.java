package app.konqer.sdk.services.communityfinder;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.Score;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One online community worth joining.
 *
 * @param name the community's name, such as {@code r/logistics}; at most 500 characters
 * @param platform where it lives, such as {@code reddit} or {@code slack}; at most 500 characters
 * @param url its address, an http or https URL of at most 2,048 characters
 * @param estimatedMembers an estimate of its member count
 * @param relevanceScore how well its members match the ideal customer, 0 to 100
 * @param engagementTip how to take part there in a way members welcome; at most 5,000 characters
 */
public record Community(
    @NotBlank @Size(max = Limits.LABEL) String name,
    @NotBlank @Size(max = Limits.LABEL) String platform,
    @NotBlank @Size(max = Limits.URL) @Pattern(regexp = "https?://\\S+") String url,
    @NotNull @Min(0) Integer estimatedMembers,
    @NotNull @Score Integer relevanceScore,
    @NotBlank @Size(max = Limits.TEXT) String engagementTip) {}
