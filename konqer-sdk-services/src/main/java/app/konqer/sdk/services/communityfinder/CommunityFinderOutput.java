package app.konqer.sdk.services.communityfinder;

import app.konqer.sdk.services.ServiceOutput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Communities where the ideal customers gather: the output of {@code community-finder}.
 *
 * @param communities the communities, most relevant first; 5 to 15 items
 */
public record CommunityFinderOutput(
    @Size(min = 5, max = 15) List<@Valid Community> communities) implements ServiceOutput {
  /** Copies {@code communities} into an immutable list; a missing list becomes empty. */
  public CommunityFinderOutput {
    communities = communities == null ? List.of() : List.copyOf(communities);
  }
}
