package app.konqer.server.billing;

import app.konqer.sdk.billing.Payment;
import app.konqer.sdk.billing.PaymentStatus;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.paging.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code payments} table: one row per checkout or invoice, newest first per user. */
public final class Payments {
  private static final String COLUMNS = "id, subscription_id, amount_cents, currency, status, description,"
      + " stripe_invoice_id, stripe_payment_intent_id, created_at";
  private static final String FIRST_PAGE = "SELECT " + COLUMNS + """
       FROM payments WHERE user_id = ?
      ORDER BY created_at DESC, id DESC LIMIT ?""";
  private static final String NEXT_PAGE = "SELECT " + COLUMNS + """
       FROM payments WHERE user_id = ? AND (created_at, id) < (?, ?)
      ORDER BY created_at DESC, id DESC LIMIT ?""";
  /**
   * One row per invoice: a retried invoice updates its row, and a succeeded payment is never turned back into a
   * failed one by a late event.
   */
  private static final String RECORD = """
      INSERT INTO payments AS p (user_id, subscription_id, amount_cents, currency, status, stripe_invoice_id,
        stripe_payment_intent_id, stripe_checkout_session_id, description, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (stripe_invoice_id) DO UPDATE SET
        subscription_id = COALESCE(p.subscription_id, EXCLUDED.subscription_id),
        stripe_payment_intent_id = COALESCE(p.stripe_payment_intent_id, EXCLUDED.stripe_payment_intent_id),
        stripe_checkout_session_id = COALESCE(p.stripe_checkout_session_id, EXCLUDED.stripe_checkout_session_id),
        description = COALESCE(p.description, EXCLUDED.description),
        amount_cents = CASE WHEN p.status = 'succeeded' THEN p.amount_cents ELSE EXCLUDED.amount_cents END,
        status = CASE WHEN p.status = 'succeeded' THEN p.status ELSE EXCLUDED.status END""";

  private final Database database;

  /**
   * Creates the repository.
   *
   * @param database the database
   */
  public Payments(Database database) {
    this.database = database;
  }

  /**
   * A payment to record.
   *
   * @param userId who paid
   * @param subscriptionId what for, if known
   * @param amountCents the amount
   * @param currency the currency
   * @param status the outcome
   * @param stripeInvoiceId the invoice, if any
   * @param stripePaymentIntentId the payment intent, if any
   * @param stripeCheckoutSessionId the checkout session, if any
   * @param description what was paid for
   * @param createdAt when it happened
   */
  public record NewPayment(UUID userId, UUID subscriptionId, long amountCents, String currency, PaymentStatus status,
      String stripeInvoiceId, String stripePaymentIntentId, String stripeCheckoutSessionId, String description,
      Instant createdAt) {}

  /**
   * Records a payment, or updates the row of its invoice.
   *
   * @param connection the transaction's connection
   * @param payment the payment
   * @throws SQLException when the statement fails
   */
  public static void record(Connection connection, NewPayment payment) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
      insert.setObject(1, payment.userId());
      insert.setObject(2, payment.subscriptionId());
      insert.setLong(3, payment.amountCents());
      insert.setString(4, payment.currency());
      insert.setString(5, KonqerJson.wireName(payment.status()));
      insert.setString(6, payment.stripeInvoiceId());
      insert.setString(7, payment.stripePaymentIntentId());
      insert.setString(8, payment.stripeCheckoutSessionId());
      insert.setString(9, payment.description());
      Rows.setInstant(insert, 10, payment.createdAt());
      insert.executeUpdate();
    }
  }

  /**
   * One page of a user's payments, newest first.
   *
   * @param userId the user
   * @param request the page
   * @return up to {@link PageRequest#fetchSize()} payments
   */
  public List<Payment> page(UUID userId, PageRequest request) {
    return database.query(connection -> {
      boolean first = request.after() == null;
      try (PreparedStatement select = connection.prepareStatement(first ? FIRST_PAGE : NEXT_PAGE)) {
        int index = 1;
        select.setObject(index++, userId);
        if (!first) {
          Rows.setInstant(select, index++, request.after().createdAt());
          select.setObject(index++, request.after().id());
        }
        select.setInt(index, request.fetchSize());
        try (ResultSet row = select.executeQuery()) {
          List<Payment> payments = new ArrayList<>();
          while (row.next()) {
            payments.add(new Payment(
                Rows.uuid(row, "id"),
                Rows.uuid(row, "subscription_id"),
                row.getLong("amount_cents"),
                row.getString("currency"),
                Rows.wireEnum(row, "status", PaymentStatus.class),
                row.getString("description"),
                row.getString("stripe_invoice_id"),
                row.getString("stripe_payment_intent_id"),
                Rows.instant(row, "created_at")));
          }
          return payments;
        }
      }
    });
  }
}
