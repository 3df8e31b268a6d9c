package app.konqer.sdk.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's subscription to a plan.
 *
 * @param id the subscription id
 * @param plan the plan
 * @param service for single-service plans, the chosen service; otherwise {@code null}
 * @param status the current status
 * @param currentPeriodStart when the current billing period started
 * @param currentPeriodEnd when the current billing period ends
 * @param cancelAtPeriodEnd whether the subscription ends at the end of the current period
 * @param createdAt when the subscription was created
 */
public record Subscription(
    UUID id,
    Plan plan,
    ServiceId service,
    SubscriptionStatus status,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    boolean cancelAtPeriodEnd,
    Instant createdAt) {}
