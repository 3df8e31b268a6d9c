package app.konqer.server.generation;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.generation.catalog.ServiceRow;
import app.konqer.server.generation.engine.Draft;
import app.konqer.server.generation.engine.Generator;
import app.konqer.server.generation.offline.ServerFacts;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A generator that, once armed, holds the next generation until the test releases it, so that a test can act while
 * a request is in the middle of generating.
 */
final class BlockingGenerator implements Generator {
  private final Generator delegate;
  private volatile Gate gate;

  BlockingGenerator(Generator delegate) {
    this.delegate = delegate;
  }

  /** Wraps the default generator of a test server. */
  static UnaryOperator<app.konqer.server.generation.GenerationParts> around(BlockingGenerator[] holder) {
    return parts -> {
      holder[0] = new BlockingGenerator(parts.generator());
      return parts.withGenerator(holder[0]);
    };
  }

  /** Holds the next generation; {@link Gate#entered} opens when it starts, {@link Gate#release} lets it finish. */
  Gate arm() {
    Gate next = new Gate(new CountDownLatch(1), new CountDownLatch(1));
    gate = next;
    return next;
  }

  @Override
  public <I extends ServiceInput, O extends ServiceOutput> Draft<O> write(ServiceRow<I, O> row, I input,
      ServerFacts facts) {
    Gate current = gate;
    gate = null;
    if (current != null) {
      current.entered().countDown();
      try {
        if (!current.release().await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("The test never released the generation");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return delegate.write(row, input, facts);
  }

  /** The two latches of one held generation. */
  record Gate(CountDownLatch entered, CountDownLatch release) {
    void awaitEntered() throws InterruptedException {
      if (!entered.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("No generation started");
      }
    }
  }
}
