package app.konqer.server.limits;

/**
 * A request rate: a sustained number of requests per second, and a burst a client that was quiet may send at once.
 * The burst is twice the rate, so a client idle for two seconds may send two seconds' worth of requests together.
 * A rate of 0 turns the limit off.
 *
 * @param perSecond the sustained requests per second; 0 for no limit
 * @param burst the most requests accepted at once from a quiet client
 */
public record RateLimit(int perSecond, int burst) {
  /** No limit. */
  public static final RateLimit OFF = new RateLimit(0, 0);

  /** Checks the bounds. */
  public RateLimit {
    if (perSecond < 0 || burst < 0 || (perSecond > 0 && burst < 1)) {
      throw new IllegalArgumentException("A rate limit needs a rate of 0 or more and, when on, a burst of 1 or more: "
          + perSecond + "/s, burst " + burst);
    }
  }

  /**
   * A rate with the standard burst of two seconds' worth of requests.
   *
   * @param perSecond the sustained requests per second; 0 for no limit
   * @return the limit
   */
  public static RateLimit perSecond(int perSecond) {
    return perSecond == 0 ? OFF : new RateLimit(perSecond, 2 * perSecond);
  }

  /** @return whether requests are limited */
  public boolean enabled() {
    return perSecond > 0;
  }

  @Override
  public String toString() {
    return enabled() ? perSecond + "/s (burst " + burst + ")" : "off";
  }
}
