/**
 * Konqer billing: the plans on sale, checkout, the user's subscriptions and payments.
 *
 * <p>All amounts are in euro cents. Subscriptions themselves are {@link app.konqer.sdk.model.Subscription}, shared
 * with the core's {@code /user/subscriptions}.
 */
package app.konqer.sdk.billing;
