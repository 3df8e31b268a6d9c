package app.konqer.server.limits;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One token bucket per key (a client IP, a user), in this process only.
 *
 * <p>Each bucket is a single timestamp updated by compare-and-set: the generic cell rate algorithm, the
 * token bucket's exact equivalent. A key's bucket holds the time at which it will be full again; a request is
 * accepted when that time is at most a burst's worth of intervals ahead of now, and pushes it one interval further.
 * Taking a token locks nothing and allocates nothing once the key has a bucket.
 *
 * <p>Memory is bounded. A bucket whose time has passed is full, so forgetting it changes nothing: such idle
 * buckets are swept out at most once a second, by the request that finds the sweep due. The table never holds more
 * than {@code maxKeys} buckets; while it is full of busy ones (a flood of distinct keys within a second), new keys
 * share one overflow bucket, so the flood is limited as one client until the next sweep makes room.
 */
public final class TokenBuckets {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_MILLI = 1_000_000L;
  private static final long SWEEP_EVERY_NANOS = NANOS_PER_SECOND;

  private final long intervalNanos;
  private final long toleranceNanos;
  private final int maxKeys;
  private final Clock clock;
  private final ConcurrentHashMap<String, AtomicLong> buckets = new ConcurrentHashMap<>();
  private final AtomicLong overflow;
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private volatile long nextSweepNanos;

  /**
   * Creates the buckets.
   *
   * @param limit the rate and burst of every key; must be on
   * @param maxKeys the most keys tracked at once
   * @param clock the current time
   */
  public TokenBuckets(RateLimit limit, int maxKeys, Clock clock) {
    if (!limit.enabled()) {
      throw new IllegalArgumentException("Token buckets need a rate limit that is on");
    }
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be at least 1: " + maxKeys);
    }
    this.intervalNanos = NANOS_PER_SECOND / limit.perSecond();
    this.toleranceNanos = intervalNanos * (limit.burst() - 1);
    this.maxKeys = maxKeys;
    this.clock = clock;
    long now = now();
    this.overflow = new AtomicLong(now);
    this.nextSweepNanos = now + SWEEP_EVERY_NANOS;
  }

  /**
   * Takes a token from a key's bucket.
   *
   * @param key the client
   * @return 0 when the request may go ahead, otherwise how many nanoseconds until the bucket has a token again
   */
  public long take(String key) {
    long now = now();
    AtomicLong bucket = buckets.get(key);
    if (bucket == null) {
      bucket = admit(key, now);
    }
    while (true) {
      long full = bucket.get();
      long from = Math.max(full, now);
      long wait = from - toleranceNanos - now;
      if (wait > 0) {
        return wait;
      }
      if (bucket.compareAndSet(full, from + intervalNanos)) {
        return 0;
      }
    }
  }

  /** @return how many keys have a bucket now */
  public int trackedKeys() {
    return buckets.size();
  }

  private AtomicLong admit(String key, long now) {
    if (now >= nextSweepNanos) {
      sweep(now);
    }
    if (buckets.size() >= maxKeys) {
      return overflow;
    }
    AtomicLong fresh = new AtomicLong(now);
    AtomicLong raced = buckets.putIfAbsent(key, fresh);
    return raced != null ? raced : fresh;
  }

  /** Forgets the full buckets; one thread at a time, the others carry on. */
  private void sweep(long now) {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      nextSweepNanos = now + SWEEP_EVERY_NANOS;
      buckets.values().removeIf(bucket -> bucket.get() <= now);
    } finally {
      sweeping.set(false);
    }
  }

  private long now() {
    return clock.millis() * NANOS_PER_MILLI;
  }
}
