package app.konqer.sdk.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * One payment attempt for a subscription, as listed by {@code GET /billing/payments}.
 *
 * @param id the payment id
 * @param subscriptionId the subscription it pays for, if known
 * @param amountCents the amount, in cents of {@code currency}
 * @param currency the ISO 4217 currency code in lower case, {@code eur}
 * @param status the outcome
 * @param description what was paid for, such as {@code Founding member (yearly)}
 * @param stripeInvoiceId the Stripe invoice id, if any
 * @param stripePaymentIntentId the Stripe payment intent id, if any
 * @param createdAt when the payment was recorded
 */
public record Payment(
    UUID id,
    UUID subscriptionId,
    long amountCents,
    String currency,
    PaymentStatus status,
    String description,
    String stripeInvoiceId,
    String stripePaymentIntentId,
    Instant createdAt) {}
