package app.konqer.sdk.http;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version 4 UUIDs for idempotency keys and request ids, fast and without a shared lock.
 *
 * <p>{@link UUID#randomUUID()} draws from one {@link SecureRandom} behind a lock, which costs more than the rest of
 * a call's preparation and serializes concurrent callers. An id here is the thread's {@link ThreadLocalRandom}
 * output mixed with 128 bits drawn once per client from {@link SecureRandom}: distinct threads draw distinct
 * sequences, and distinct clients (in this process or another) differ by their secret salt, so two ids collide only
 * as often as random UUIDs do. They are identifiers, not secrets: the server scopes idempotency keys to the
 * authenticated user.
 */
final class RandomIds {
  private final long saltHigh;
  private final long saltLow;

  RandomIds() {
    SecureRandom seed = new SecureRandom();
    this.saltHigh = seed.nextLong();
    this.saltLow = seed.nextLong();
  }

  String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = ((random.nextLong() ^ saltHigh) & ~0xF000L) | 0x4000L;
    long least = ((random.nextLong() ^ saltLow) & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(most, least).toString();
  }
}
