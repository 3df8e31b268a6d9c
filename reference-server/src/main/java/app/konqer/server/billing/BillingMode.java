package app.konqer.server.billing;

/** Where checkout happens. */
public enum BillingMode {
  /** Stripe's hosted checkout, with {@code STRIPE_SECRET_KEY}. */
  STRIPE,
  /** The server's own checkout page, in dev mode without a Stripe key: purchases complete with no Stripe account. */
  DEV,
  /** Neither: checkout answers 503 {@code billing_not_configured}. */
  OFF
}
