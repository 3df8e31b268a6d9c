package app.konqer.server.billing;

import app.konqer.sdk.model.ServiceId;
import java.net.URI;
import java.util.UUID;

/**
 * A validated request to buy a plan.
 *
 * @param userId the buyer
 * @param email the buyer's e-mail address, or {@code null}
 * @param stripeCustomerId the buyer's Stripe customer, when known from an earlier purchase
 * @param terms the plan
 * @param service the chosen service, for single-service plans only
 * @param successUrl where checkout returns after paying
 * @param cancelUrl where checkout returns on giving up
 * @param idempotencyKey the client's {@code Idempotency-Key}: retries with the same key get the same session
 * @param serverUrl the server's base URL, for links to itself
 */
public record CheckoutOrder(
    UUID userId,
    String email,
    String stripeCustomerId,
    PlanTerms terms,
    ServiceId service,
    String successUrl,
    String cancelUrl,
    String idempotencyKey,
    URI serverUrl) {}
