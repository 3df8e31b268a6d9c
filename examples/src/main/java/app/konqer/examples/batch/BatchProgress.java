package app.konqer.examples.batch;

/** What a batch reports while it runs: one call per finished row. Implementations must be thread-safe. */
public interface BatchProgress extends AutoCloseable {

  /**
   * The run starts sending; not called when every row was done before.
   *
   * @param rows how many rows it will send
   */
  void start(int rows);

  /** A row got its cold DM. */
  void succeeded();

  /** A row failed; the run goes on. */
  void failed();

  /** The run is over. */
  @Override
  void close();
}
