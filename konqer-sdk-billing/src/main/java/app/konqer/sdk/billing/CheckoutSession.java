package app.konqer.sdk.billing;

/**
 * A checkout session to send the buyer to.
 *
 * @param checkoutUrl the hosted checkout page; open it in the buyer's browser
 * @param sessionId the checkout session id, such as {@code cs_test_...}
 */
public record CheckoutSession(String checkoutUrl, String sessionId) {}
