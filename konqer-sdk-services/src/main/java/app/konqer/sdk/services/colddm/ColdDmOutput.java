package app.konqer.sdk.services.colddm;

import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.Score;
import app.konqer.sdk.services.contract.ServerComputed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A personalised cold LinkedIn DM: the output of {@code cold-dm}.
 *
 * @param message the message, 100 to 150 words of plain text with no subject line and no placeholders left to fill;
 *     at most 5,000 characters
 * @param personalizationScore how personal the message is, 0 to 100, computed by the server: mentions of the
 *     prospect's first name, company, recent activity and tech stack raise it, generic phrases such as "quick
 *     question" or "touching base" lower it; the same value as
 *     {@link app.konqer.sdk.services.Generation#personalizationScore()}
 * @param contextUsed the facts about the prospect the message was built from
 * @param enrichmentSources the enrichment sources that supplied data, such as {@code apollo}; empty when no
 *     enrichment ran; at most 10 items
 */
public record ColdDmOutput(
    @NotBlank @Size(max = Limits.TEXT) String message,
    @ServerComputed @Score Integer personalizationScore,
    @ServerComputed @Valid ContextUsed contextUsed,
    @ServerComputed @Size(max = 10) List<@NotBlank @Size(max = Limits.LABEL) String> enrichmentSources)
    implements ServiceOutput {
  /** Copies {@code enrichmentSources} into an immutable list; a missing list becomes empty. */
  public ColdDmOutput {
    enrichmentSources = enrichmentSources == null ? List.of() : List.copyOf(enrichmentSources);
  }
}
