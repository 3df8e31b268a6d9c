package app.konqer.server.billing.webhook;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Applies one type of Stripe event, inside the transaction that records the event as processed. */
@FunctionalInterface
interface StripeEventHandler {

  /**
   * Applies an event.
   *
   * @param connection the transaction
   * @param event the event
   * @param now the current time
   * @throws SQLException when a statement fails; the event is then not recorded, and Stripe delivers it again
   */
  void apply(Connection connection, StripeEvent event, Instant now) throws SQLException;
}
