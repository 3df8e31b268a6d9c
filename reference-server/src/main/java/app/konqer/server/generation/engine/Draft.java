package app.konqer.server.generation.engine;

import java.util.Objects;

/**
 * A generated output, before the server sets its server-computed members.
 *
 * @param output the output
 * @param model the model that wrote it, such as {@code gpt-4o-2024-08-06} or {@code konqer-offline}
 * @param tokensUsed the tokens it took, a repair turn included
 * @param <O> the output record
 */
public record Draft<O>(O output, String model, int tokensUsed) {
  /** Requires the output and the model. */
  public Draft {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(model, "model");
  }
}
