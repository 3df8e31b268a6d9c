package app.konqer.server.quota;

import app.konqer.sdk.model.Quota;
import app.konqer.sdk.model.ServiceId;
import java.util.UUID;

/**
 * One quota unit taken for one generation; {@link DailyQuota#refund} gives it back.
 *
 * @param userId the user
 * @param service the service
 * @param day the UTC day the unit was taken from, which a refund returns it to even after midnight
 * @param usedToday the day's count, this unit included
 * @param dailyLimit the limit the unit was taken under
 */
public record Consumption(UUID userId, ServiceId service, QuotaDay day, int usedToday, int dailyLimit) {

  /** @return the quota figures of the response, counting this unit */
  public Quota quota() {
    return new Quota(usedToday, dailyLimit, day.resetsAt());
  }
}
