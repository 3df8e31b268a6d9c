package app.konqer.server.billing;

import app.konqer.sdk.billing.PaymentStatus;
import app.konqer.sdk.model.ServiceId;
import java.time.Instant;
import java.util.UUID;

/**
 * A completed checkout, as read from its {@code checkout.session.completed} event.
 *
 * @param userId the buyer
 * @param terms the plan bought
 * @param service the chosen service, for single-service plans only
 * @param stripeSubscriptionId the Stripe subscription created
 * @param stripeCustomerId the Stripe customer who paid, if reported
 * @param checkoutSessionId the checkout session
 * @param invoiceId the first invoice, if reported
 * @param paymentIntentId the payment intent, if reported
 * @param amountCents the amount paid
 * @param currency the currency
 * @param paymentStatus whether the money was collected
 * @param purchasedAt when the checkout completed (the event's creation): the start of the rolling unlock
 */
public record Purchase(
    UUID userId,
    PlanTerms terms,
    ServiceId service,
    String stripeSubscriptionId,
    String stripeCustomerId,
    String checkoutSessionId,
    String invoiceId,
    String paymentIntentId,
    long amountCents,
    String currency,
    PaymentStatus paymentStatus,
    Instant purchasedAt) {}
