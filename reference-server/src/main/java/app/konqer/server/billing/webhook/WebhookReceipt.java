package app.konqer.server.billing.webhook;

/**
 * The body of a {@code POST /webhooks/stripe} response.
 *
 * @param received always {@code true}
 * @param outcome what became of the event
 */
public record WebhookReceipt(boolean received, WebhookOutcome outcome) {}
