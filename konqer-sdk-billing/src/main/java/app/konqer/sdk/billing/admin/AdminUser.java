package app.konqer.sdk.billing.admin;

import java.time.Instant;
import java.util.UUID;

/**
 * A user as an administrator sees it, listed by {@code GET /admin/users}.
 *
 * @param id the user id
 * @param email the e-mail address
 * @param name the display name
 * @param stripeCustomerId the Stripe customer id, once the user has bought something
 * @param activeSubscriptions how many of the user's subscriptions currently grant access
 * @param createdAt when the user was first seen
 */
public record AdminUser(
    UUID id, String email, String name, String stripeCustomerId, int activeSubscriptions, Instant createdAt) {}
