package app.konqer.sdk.billing;

import app.konqer.sdk.model.Plan;

/**
 * One plan on sale, as listed by {@code GET /billing/plans}.
 *
 * @param plan the plan
 * @param name its display name, such as {@code Founding member}
 * @param amountCents the price per interval, in cents of {@code currency}
 * @param currency the ISO 4217 currency code in lower case, {@code eur}
 * @param interval how often it is billed
 * @param access which services it grants
 * @param requiresService whether checkout needs a {@code service}: true for single-service plans only
 */
public record PlanOffer(
    Plan plan,
    String name,
    long amountCents,
    String currency,
    BillingInterval interval,
    PlanAccess access,
    boolean requiresService) {}
