package app.konqer.server.generation.engine;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.generation.catalog.ServiceRow;
import app.konqer.server.generation.offline.OfflineGenerator;
import app.konqer.server.generation.offline.ServerFacts;
import app.konqer.server.generation.offline.TokenEstimator;

/**
 * Generates without a language model, with each service's offline writer: deterministic, reported as
 * {@value OfflineGenerator#MODEL} with a token estimate.
 */
public final class OfflineEngine implements Generator {
  private final TokenEstimator tokens;

  /**
   * Creates the engine.
   *
   * @param tokens estimates {@code tokens_used}
   */
  public OfflineEngine(TokenEstimator tokens) {
    this.tokens = tokens;
  }

  @Override
  public <I extends ServiceInput, O extends ServiceOutput> Draft<O> write(ServiceRow<I, O> row, I input,
      ServerFacts facts) {
    O output = row.offlineWriter().write(input, facts);
    return new Draft<>(output, OfflineGenerator.MODEL, tokens.estimate(row.definition(), input, output));
  }
}
