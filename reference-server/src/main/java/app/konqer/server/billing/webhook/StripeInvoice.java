package app.konqer.server.billing.webhook;

/**
 * The members of a Stripe Invoice ({@code invoice.payment_*}'s object) that Konqer reads. The subscription is under
 * {@code parent.subscription_details} in API versions from 2025-03-31 on, and on the invoice itself before; both are
 * read.
 *
 * @param id the invoice id, {@code in_...}
 * @param customer the Stripe customer id
 * @param subscription the subscription id (older API versions)
 * @param parent what the invoice was created for (newer API versions)
 * @param amountPaid the amount paid, in cents
 * @param amountDue the amount due, in cents
 * @param currency the currency
 * @param paymentIntent the payment intent id (older API versions)
 */
public record StripeInvoice(
    String id,
    String customer,
    String subscription,
    Parent parent,
    Long amountPaid,
    Long amountDue,
    String currency,
    String paymentIntent) {

  /**
   * What an invoice was created for.
   *
   * @param subscriptionDetails set when it bills a subscription
   */
  public record Parent(SubscriptionDetails subscriptionDetails) {}

  /**
   * The subscription an invoice bills.
   *
   * @param subscription the subscription id
   */
  public record SubscriptionDetails(String subscription) {}

  /** @return the billed subscription's id, wherever the API version puts it, or {@code null} */
  public String subscriptionId() {
    if (subscription != null) {
      return subscription;
    }
    return parent == null || parent.subscriptionDetails() == null ? null : parent.subscriptionDetails().subscription();
  }
}
