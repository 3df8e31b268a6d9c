package app.konqer.sdk.services.webinar;

import app.konqer.sdk.services.ServiceOutput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Webinar topics ranked by demand: the output of {@code webinar}.
 *
 * @param topics the topics, highest demand first; 1 to 10 items
 */
public record WebinarOutput(
    @Size(min = 1, max = 10) List<@Valid WebinarTopic> topics) implements ServiceOutput {
  /** Copies {@code topics} into an immutable list; a missing list becomes empty. */
  public WebinarOutput {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }
}
