package app.konqer.sdk.services.battlecards;

import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A competitive battlecard: the output of {@code battlecards}.
 *
 * @param summary the competitive situation in a few sentences; at most 5,000 characters
 * @param strengths the competitor's strengths, as a rep should acknowledge them; 1 to 10 items
 * @param weaknesses the competitor's weaknesses; 1 to 10 items
 * @param differentiators how our product differs, each a claim a rep can make; 1 to 10 items
 * @param objectionHandlers objections reps will hear in this matchup and how to answer them; 1 to 10 items
 * @param landmineQuestions questions a rep asks the prospect that expose the competitor's weaknesses; 1 to 10 items
 * @param talkTrack a short script for positioning against the competitor on a call; at most 5,000 characters
 */
public record BattlecardsOutput(
    @NotBlank @Size(max = Limits.TEXT) String summary,
    @Size(min = 1, max = 10) List<@NotBlank @Size(max = Limits.LABEL) String> strengths,
    @Size(min = 1, max = 10) List<@NotBlank @Size(max = Limits.LABEL) String> weaknesses,
    @Size(min = 1, max = 10) List<@NotBlank @Size(max = Limits.LABEL) String> differentiators,
    @Size(min = 1, max = 10) List<@Valid ObjectionHandler> objectionHandlers,
    @Size(min = 1, max = 10) List<@NotBlank @Size(max = Limits.LABEL) String> landmineQuestions,
    @NotBlank @Size(max = Limits.TEXT) String talkTrack) implements ServiceOutput {
  /**
   * Copies {@code strengths} and {@code weaknesses} and {@code differentiators} and {@code objectionHandlers} and
   * {@code landmineQuestions} into immutable lists; a missing list becomes empty.
   */
  public BattlecardsOutput {
    strengths = strengths == null ? List.of() : List.copyOf(strengths);
    weaknesses = weaknesses == null ? List.of() : List.copyOf(weaknesses);
    differentiators = differentiators == null ? List.of() : List.copyOf(differentiators);
    objectionHandlers = objectionHandlers == null ? List.of() : List.copyOf(objectionHandlers);
    landmineQuestions = landmineQuestions == null ? List.of() : List.copyOf(landmineQuestions);
  }
}
