package app.konqer.server.billing.webhook;

import java.util.List;

/**
 * The members of a Stripe Subscription ({@code customer.subscription.*}'s object) that Konqer reads. The current
 * period is on the subscription items in API versions from 2025-03-31 on, and on the subscription itself before;
 * both are read.
 *
 * @param id the subscription id, {@code sub_...}
 * @param status Stripe's status, such as {@code active} or {@code past_due}
 * @param cancelAtPeriodEnd whether it ends at the end of the period
 * @param currentPeriodStart the period start in epoch seconds (older API versions)
 * @param currentPeriodEnd the period end in epoch seconds (older API versions)
 * @param items the subscription items
 */
public record StripeSubscription(
    String id,
    String status,
    Boolean cancelAtPeriodEnd,
    Long currentPeriodStart,
    Long currentPeriodEnd,
    Items items) {

  /**
   * The subscription's items.
   *
   * @param data the items
   */
  public record Items(List<Item> data) {}

  /**
   * One subscription item.
   *
   * @param currentPeriodStart the period start in epoch seconds
   * @param currentPeriodEnd the period end in epoch seconds
   */
  public record Item(Long currentPeriodStart, Long currentPeriodEnd) {}

  /** @return the period start in epoch seconds, wherever the API version puts it, or {@code null} */
  public Long periodStart() {
    return currentPeriodStart != null ? currentPeriodStart : firstItem() == null ? null : firstItem().currentPeriodStart();
  }

  /** @return the period end in epoch seconds, wherever the API version puts it, or {@code null} */
  public Long periodEnd() {
    return currentPeriodEnd != null ? currentPeriodEnd : firstItem() == null ? null : firstItem().currentPeriodEnd();
  }

  private Item firstItem() {
    return items == null || items.data() == null || items.data().isEmpty() ? null : items.data().get(0);
  }
}
