/**
 * Konqer administration: recurring revenue, users, service settings and generation metrics. Every call needs a
 * token with the {@code admin} role; others get 403.
 */
package app.konqer.sdk.billing.admin;
