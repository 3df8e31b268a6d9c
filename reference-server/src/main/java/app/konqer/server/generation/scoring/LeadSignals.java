package app.konqer.server.generation.scoring;

import java.util.List;
import java.util.Objects;

/**
 * A lead to rank: its email and what it did.
 *
 * @param email the lead's email, the ranking's tie-break
 * @param signals free-text engagement signals such as {@code "opened email 3 times"}; {@code null} means none
 */
public record LeadSignals(String email, List<String> signals) {

  /** Checks the email and copies the signals. */
  public LeadSignals {
    Objects.requireNonNull(email, "email");
    signals = signals == null ? List.of() : signals.stream().filter(Objects::nonNull).toList();
  }
}
