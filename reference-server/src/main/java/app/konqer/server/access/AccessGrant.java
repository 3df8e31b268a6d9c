package app.konqer.server.access;

import java.time.Instant;

/**
 * One user's access to one service, as stored in {@code service_access}, and THE rule that says whether it is open.
 *
 * <p>Access is open at time {@code t} when it is not locked, {@code unlockedAt <= t}, and it has no end or
 * {@code t < expiresAt}. A grant whose {@code unlockedAt} is still ahead is a scheduled unlock (the founding plan's
 * rolling unlock). A locked or expired grant is closed for good, with no scheduled unlock.
 *
 * @param unlockedAt when access starts
 * @param locked whether access was ended (an unpaid subscription)
 * @param expiresAt when access ends (a canceled subscription's period end), or {@code null} for no end
 */
public record AccessGrant(Instant unlockedAt, boolean locked, Instant expiresAt) {

  /**
   * Whether the user may use the service at a time.
   *
   * @param now the time
   * @return {@code true} when access is open
   */
  public boolean isOpenAt(Instant now) {
    return !locked && !unlockedAt.isAfter(now) && (expiresAt == null || now.isBefore(expiresAt));
  }

  /**
   * When a closed grant will open, if it is a scheduled unlock.
   *
   * @param now the time
   * @return the unlock time, or {@code null} when access is open, ended, or would end before it starts
   */
  public Instant unlocksAfter(Instant now) {
    boolean scheduled = !locked && unlockedAt.isAfter(now) && (expiresAt == null || unlockedAt.isBefore(expiresAt));
    return scheduled ? unlockedAt : null;
  }
}
