package app.konqer.sdk.auth;

import app.konqer.sdk.error.KonqerException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current access token and fetches a new one when it is due, one fetch at a time.
 *
 * <p>A fresh token is read from a volatile reference, without locking. A caller that finds none takes the
 * {@link ReentrantLock}, checks again, and fetches; callers queued behind it find its token, or receive its failure
 * rather than starting a fetch of their own. A failed refresh falls back to the cached token while it is valid. See
 * {@link OAuth2TokenProvider} for the rules as users see them.
 */
final class TokenCache {
  private static final Logger log = LoggerFactory.getLogger(TokenCache.class);
  private static final Attempt SUCCEEDED = new Attempt(null);

  private final Supplier<TokenSet> fetch;
  private final Consumer<TokenSet> fetched;
  private final Clock clock;
  private final long skewMillis;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicReference<CachedToken> current = new AtomicReference<>();
  private volatile Attempt lastAttempt = SUCCEEDED;

  /**
   * Creates an empty cache.
   *
   * @param fetch asks the endpoint for tokens; throws {@link TokenEndpointException} when none are issued
   * @param fetched told about each successful fetch once its token is cached, while the lock is still held
   * @param clock decides when tokens are due
   * @param skewMillis how long before expiry a token is due
   */
  TokenCache(Supplier<TokenSet> fetch, Consumer<TokenSet> fetched, Clock clock, long skewMillis) {
    this.fetch = fetch;
    this.fetched = fetched;
    this.clock = clock;
    this.skewMillis = skewMillis;
  }

  /** Caches tokens obtained elsewhere, counting their lifetime from now. */
  void seed(TokenSet tokens) {
    current.set(CachedToken.issued(tokens, clock.millis(), skewMillis));
  }

  String token() {
    CachedToken cached = current.get();
    if (cached != null && cached.fresh(clock.millis())) {
      return cached.accessToken();
    }
    return refresh();
  }

  void invalidate(String token) {
    CachedToken cached = current.get();
    if (cached != null && cached.accessToken().equals(token) && current.compareAndSet(cached, null)) {
      log.debug("Dropped the cached access token after the API refused it");
    }
  }

  private String refresh() {
    Attempt before = lastAttempt;
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KonqerException("Interrupted while waiting for an access token", e);
    }
    try {
      long now = clock.millis();
      CachedToken cached = current.get();
      if (cached != null && cached.fresh(now)) {
        return cached.accessToken();
      }
      Attempt last = lastAttempt;
      if (last != before && last.failure() != null) {
        throw last.failure();
      }
      return fetch(cached, now);
    } finally {
      lock.unlock();
    }
  }

  private String fetch(CachedToken cached, long now) {
    TokenSet tokens;
    try {
      tokens = fetch.get();
    } catch (TokenEndpointException e) {
      return fallBackTo(cached, e);
    }
    CachedToken fresh = CachedToken.issued(tokens, now, skewMillis);
    current.set(fresh);
    lastAttempt = SUCCEEDED;
    fetched.accept(tokens);
    return fresh.accessToken();
  }

  private String fallBackTo(CachedToken cached, TokenEndpointException failure) {
    long now = clock.millis();
    if (cached != null && cached.valid(now) && current.compareAndSet(cached, cached.retryLater(now))) {
      log.warn("Could not refresh the access token; using the cached one, which expires in {} s: {}",
          (cached.expiresAtMillis() - now) / 1000, failure.getMessage());
      return cached.accessToken();
    }
    lastAttempt = new Attempt(failure);
    throw failure;
  }

  /** The outcome of one fetch, which the callers that waited for it share. */
  private record Attempt(TokenEndpointException failure) {}
}
