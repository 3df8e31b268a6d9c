package app.konqer.server.billing.dev;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import java.time.Instant;
import java.util.UUID;

/**
 * A checkout session of the dev checkout page.
 *
 * @param id the session id, {@code cs_dev_...}
 * @param userId the buyer
 * @param plan the plan
 * @param service the chosen service, for single-service plans
 * @param successUrl where the page returns after confirming
 * @param cancelUrl where the page returns on giving up
 * @param createdAt when it was opened
 * @param completedAt when it was confirmed, or {@code null}
 */
public record DevCheckoutSession(String id, UUID userId, Plan plan, ServiceId service, String successUrl,
    String cancelUrl, Instant createdAt, Instant completedAt) {

  /**
   * Whether this session was opened for the same order as another.
   *
   * @param other the other session
   * @return whether user, plan, service and URLs are the same
   */
  public boolean sameOrder(DevCheckoutSession other) {
    return userId.equals(other.userId) && plan == other.plan && service == other.service
        && successUrl.equals(other.successUrl) && cancelUrl.equals(other.cancelUrl);
  }
}
