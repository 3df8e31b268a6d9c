package app.konqer.server.billing;

import app.konqer.sdk.billing.BillingInterval;
import app.konqer.sdk.billing.PlanAccess;
import app.konqer.sdk.billing.PlanOffer;
import app.konqer.sdk.model.Plan;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What one plan costs and grants.
 *
 * @param plan the plan
 * @param name its display name
 * @param amountCents the price per interval, in euro cents
 * @param interval how often it is billed
 * @param access which services it grants
 */
public record PlanTerms(Plan plan, String name, long amountCents, BillingInterval interval, PlanAccess access) {
  /** The currency of every price. */
  public static final String CURRENCY = "eur";

  /** @return whether checkout needs a service */
  public boolean singleService() {
    return access == PlanAccess.SINGLE_SERVICE;
  }

  /** @return whether the plan grants every service, at once or by rolling unlock */
  public boolean allServices() {
    return access == PlanAccess.ALL_SERVICES || access == PlanAccess.ROLLING_UNLOCK;
  }

  /**
   * The end of a billing period.
   *
   * @param start when the period starts
   * @return one interval later, by the calendar in UTC
   */
  public Instant periodEnd(Instant start) {
    var utc = start.atOffset(ZoneOffset.UTC);
    return (interval == BillingInterval.YEAR ? utc.plusYears(1) : utc.plusMonths(1)).toInstant();
  }

  /** @return how a payment for this plan is described, such as {@code Founding member (yearly)} */
  public String paymentDescription() {
    return name + (interval == BillingInterval.YEAR ? " (yearly)" : " (monthly)");
  }

  /** @return the plan as {@code GET /billing/plans} lists it */
  public PlanOffer offer() {
    return new PlanOffer(plan, name, amountCents, CURRENCY, interval, access, singleService());
  }
}
