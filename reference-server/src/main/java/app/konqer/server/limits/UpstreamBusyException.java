package app.konqer.server.limits;

/** Every slot of a {@link ConcurrencyLimit} stayed taken for as long as a call may wait. */
public final class UpstreamBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ConcurrencySettings settings;

  UpstreamBusyException(ConcurrencySettings settings, Throwable cause) {
    super("All " + settings.maxInFlight() + " upstream slots stayed taken for " + settings.maxWait().toMillis()
        + " ms", cause);
    this.settings = settings;
  }

  /** @return the limit's settings */
  public ConcurrencySettings settings() {
    return settings;
  }
}
