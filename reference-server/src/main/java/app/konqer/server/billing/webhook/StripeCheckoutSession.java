package app.konqer.server.billing.webhook;

import java.util.Map;

/**
 * The members of a Stripe Checkout Session ({@code checkout.session.completed}'s object) that Konqer reads.
 *
 * @param id the session id, {@code cs_...}
 * @param object always {@code checkout.session}
 * @param mode {@code subscription} for Konqer's checkouts
 * @param clientReferenceId the Konqer user id
 * @param customer the Stripe customer id, {@code cus_...}
 * @param subscription the Stripe subscription id, {@code sub_...}
 * @param invoice the first invoice's id, {@code in_...}, if Stripe reports it
 * @param paymentIntent the payment intent id, if any
 * @param amountTotal the amount paid, in cents
 * @param currency the currency, such as {@code eur}
 * @param paymentStatus {@code paid}, {@code unpaid} or {@code no_payment_required}
 * @param metadata {@code user_id}, {@code plan} and, for single-service plans, {@code service}
 */
public record StripeCheckoutSession(
    String id,
    String object,
    String mode,
    String clientReferenceId,
    String customer,
    String subscription,
    String invoice,
    String paymentIntent,
    Long amountTotal,
    String currency,
    String paymentStatus,
    Map<String, String> metadata) {}
