package app.konqer.sdk.services.warmranker;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.Score;
import app.konqer.sdk.services.contract.ServerComputed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One lead in the ranking.
 *
 * @param email the lead's e-mail address, as sent in the input
 * @param warmthScore how warm the lead is, 0 to 100, computed by the server from the lead's signals
 * @param reasons why the lead ranks where it does; at most 5 items of at most 500 characters
 * @param recommendedAction the next thing to do with this lead; at most 5,000 characters
 */
public record RankedLead(
    @NotBlank @Size(max = Limits.EMAIL) String email,
    @ServerComputed @Score Integer warmthScore,
    @Size(max = 5) List<@NotBlank @Size(max = Limits.LABEL) String> reasons,
    @NotBlank @Size(max = Limits.TEXT) String recommendedAction) {
  /** Copies {@code reasons} into an immutable list; a missing list becomes empty. */
  public RankedLead {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
