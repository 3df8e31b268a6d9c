package app.konqer.server.billing.webhook;

/** What became of a webhook event. Every outcome is acknowledged with 200. */
public enum WebhookOutcome {
  /** Applied, and recorded as processed. */
  PROCESSED,
  /** Processed before; nothing changed. */
  DUPLICATE,
  /** A type Konqer does not handle, or an object that is not Konqer's (such as another integration's checkout). */
  IGNORED
}
