package app.konqer.server.generation.engine;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.generation.catalog.ServiceRow;
import app.konqer.server.generation.offline.ServerFacts;
import app.konqer.server.limits.ConcurrencyLimit;

/**
 * A generator that runs at most a given number of generations at once, each in one slot of a
 * {@link ConcurrencyLimit} from its first model call to its last (the repair turn and the retries included).
 */
public final class LimitedGenerator implements Generator {
  private final Generator delegate;
  private final ConcurrencyLimit limit;

  /**
   * Wraps a generator.
   *
   * @param delegate the generator, such as {@link OpenAiEngine}
   * @param limit the slots
   */
  public LimitedGenerator(Generator delegate, ConcurrencyLimit limit) {
    this.delegate = delegate;
    this.limit = limit;
  }

  /**
   * {@inheritDoc}
   *
   * @throws app.konqer.server.limits.UpstreamBusyException when no slot frees up in time
   */
  @Override
  public <I extends ServiceInput, O extends ServiceOutput> Draft<O> write(ServiceRow<I, O> row, I input,
      ServerFacts facts) {
    return limit.call(() -> delegate.write(row, input, facts));
  }
}
