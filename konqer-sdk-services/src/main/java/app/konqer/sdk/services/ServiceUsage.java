package app.konqer.sdk.services;

import app.konqer.sdk.model.ServiceId;
import java.time.Instant;

/**
 * The caller's use of one service today, a row of {@code GET /user/usage}.
 *
 * @param service the service id
 * @param usedToday generations counted against today's quota (UTC day)
 * @param dailyLimit the most generations allowed per UTC day
 * @param resetsAt the next UTC midnight, when the count starts again
 */
public record ServiceUsage(ServiceId service, int usedToday, int dailyLimit, Instant resetsAt) {

  /**
   * The generations still allowed today.
   *
   * @return {@code dailyLimit - usedToday}, never below 0
   */
  public int remaining() {
    return Math.max(0, dailyLimit - usedToday);
  }
}
