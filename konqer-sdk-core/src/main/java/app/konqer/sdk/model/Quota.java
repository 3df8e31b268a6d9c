package app.konqer.sdk.model;

import java.time.Instant;

/**
 * A user's daily quota for one service.
 *
 * @param usedToday generations counted against today's quota (UTC day)
 * @param dailyLimit the most generations allowed per UTC day
 * @param resetsAt the next UTC midnight, when the count starts again
 */
public record Quota(int usedToday, int dailyLimit, Instant resetsAt) {}
