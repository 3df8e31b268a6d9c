package app.konqer.sdk.services.colddm;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The facts about a prospect that a cold DM was built from, from the input and from enrichment.
 *
 * @param recentActivity the recent activity items the message draws on; at most 10
 * @param techStack technologies the prospect's company uses, such as {@code Salesforce}; at most 50 items
 * @param companySize the company's headcount band, such as {@code 51-200}; {@code null} when unknown
 */
public record ContextUsed(
    @Size(max = 10) List<@NotBlank @Size(max = Limits.TEXT) String> recentActivity,
    @Size(max = 50) List<@NotBlank @Size(max = Limits.LABEL) String> techStack,
    @Size(max = Limits.LABEL) String companySize) {
  /** Copies {@code recentActivity} and {@code techStack} into immutable lists; a missing list becomes empty. */
  public ContextUsed {
    recentActivity = recentActivity == null ? List.of() : List.copyOf(recentActivity);
    techStack = techStack == null ? List.of() : List.copyOf(techStack);
  }
}
