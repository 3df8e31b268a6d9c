package app.konqer.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callers of tokens verified recently, so that a client sending the same bearer token on every request pays for
 * one RS256 verification, not one per request.
 *
 * <p>An entry is keyed by the exact compact token, so only a byte-identical token hits it: a forged or altered token
 * never does. It is trusted no longer than the verifier itself would accept the token ({@code exp} plus the clock
 * skew), never longer than {@link #MAX_AGE} (the time the issuer's keys are cached), and only until the issuer's
 * keys are fetched again: a key the issuer withdraws stops vouching for its tokens here as soon as the server
 * learns of it. The cache holds at most
 * {@code capacity} tokens; when full, expired entries are dropped, and if that is not enough, all of them.
 */
final class VerifiedTokens {
  /** Longest time a verification is reused, equal to the issuer key cache's time to live. */
  static final Duration MAX_AGE = Duration.ofMinutes(5);

  private final Map<String, Verified> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int capacity;

  private record Verified(Principal principal, Instant trustedUntil, long keySetVersion) {}

  VerifiedTokens(Clock clock, int capacity) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The caller of a token verified earlier and still trusted.
   *
   * @param token the compact token
   * @param keySetVersion the version of the issuer's key set now
   * @return the caller, or {@code null} when the token must be verified
   */
  Principal get(String token, long keySetVersion) {
    Verified verified = entries.get(token);
    if (verified == null) {
      return null;
    }
    if (verified.keySetVersion() != keySetVersion || !clock.instant().isBefore(verified.trustedUntil())) {
      entries.remove(token, verified);
      return null;
    }
    return verified.principal();
  }

  /**
   * Remembers a token that has just been verified.
   *
   * @param token the compact token
   * @param principal its caller
   * @param acceptedUntil the instant from which the verifier refuses the token ({@code exp} plus the skew)
   * @param keySetVersion the version of the issuer's key set it was verified with
   */
  void put(String token, Principal principal, Instant acceptedUntil, long keySetVersion) {
    Instant now = clock.instant();
    Instant trustedUntil = acceptedUntil.isBefore(now.plus(MAX_AGE)) ? acceptedUntil : now.plus(MAX_AGE);
    if (!now.isBefore(trustedUntil)) {
      return;
    }
    if (entries.size() >= capacity) {
      entries.values().removeIf(entry -> !now.isBefore(entry.trustedUntil()));
      if (entries.size() >= capacity) {
        entries.clear();
      }
    }
    entries.put(token, new Verified(principal, trustedUntil, keySetVersion));
  }

  /** The number of tokens held. */
  int size() {
    return entries.size();
  }
}
