package app.konqer.server.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version 4 UUIDs for ids that must be unique but need not be unguessable, such as request ids and
 * idempotency claim ids: drawn from {@link ThreadLocalRandom}, so request threads do not queue on the lock of
 * {@link UUID#randomUUID()}'s {@code SecureRandom}. Ids a client could use to reach data (generations, payments)
 * keep {@link UUID#randomUUID()}.
 */
public final class InternalIds {
  private InternalIds() {}

  /**
   * A new id.
   *
   * @return a random version 4, IETF variant UUID
   */
  public static UUID next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
