package app.konqer.server.billing;

import app.konqer.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The newest state Stripe reported for each subscription ({@code stripe_subscription_states}), and its copy onto the
 * local subscription.
 *
 * <p>Out-of-order delivery is handled in one place: a state is stored only if its event was created no earlier than
 * the stored one's, and never over {@code canceled}, which is final at Stripe (an update created in the same second
 * as the deletion must not revive the subscription). Because the state is kept whether or not the local subscription
 * exists yet, an update that arrives before its {@code checkout.session.completed} is applied when the checkout
 * creates the subscription.
 *
 * <p>Concurrent delivery is handled by {@link #lock}: every event that touches a subscription first takes a lock on
 * its Stripe id for the rest of its transaction, so that a checkout and an update delivered at the same moment run one
 * after the other and the second sees what the first stored.
 */
public final class SubscriptionStates {
  private static final String RECORD = """
      INSERT INTO stripe_subscription_states AS s (stripe_subscription_id, status, current_period_start,
        current_period_end, cancel_at_period_end, event_created, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (stripe_subscription_id) DO UPDATE SET
        status = EXCLUDED.status,
        current_period_start = COALESCE(EXCLUDED.current_period_start, s.current_period_start),
        current_period_end = COALESCE(EXCLUDED.current_period_end, s.current_period_end),
        cancel_at_period_end = COALESCE(EXCLUDED.cancel_at_period_end, s.cancel_at_period_end),
        event_created = EXCLUDED.event_created,
        updated_at = EXCLUDED.updated_at
      WHERE s.event_created <= EXCLUDED.event_created AND s.status <> 'canceled'""";
  private static final String SETTLE = """
      UPDATE stripe_subscription_states SET status = 'active', event_created = ?, updated_at = ?
      WHERE stripe_subscription_id = ? AND status IN ('past_due', 'unpaid') AND event_created <= ?""";
  private static final String COPY = """
      UPDATE subscriptions sub SET
        status = st.status,
        current_period_start = COALESCE(st.current_period_start, sub.current_period_start),
        current_period_end = COALESCE(st.current_period_end, sub.current_period_end),
        cancel_at_period_end = COALESCE(st.cancel_at_period_end, sub.cancel_at_period_end),
        updated_at = ?
      FROM stripe_subscription_states st
      WHERE sub.stripe_subscription_id = ? AND st.stripe_subscription_id = sub.stripe_subscription_id
      RETURNING sub.user_id""";

  private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('stripe-subscription:' || ?, 0))";

  private SubscriptionStates() {}

  /**
   * Holds a lock on one Stripe subscription until the caller's transaction ends. Events of the same subscription
   * then apply one at a time, on any replica, and each sees the rows the ones before it committed.
   *
   * @param connection the event's transaction
   * @param stripeSubscriptionId the subscription
   * @throws SQLException when the statement fails
   */
  public static void lock(Connection connection, String stripeSubscriptionId) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
      lock.setString(1, stripeSubscriptionId);
      lock.execute();
    }
  }

  /**
   * What one event says about a subscription. Members that are {@code null} are not known from the event and keep
   * their stored value.
   *
   * @param status the local status
   * @param periodStart the current period's start, or {@code null}
   * @param periodEnd the current period's end, or {@code null}
   * @param cancelAtPeriodEnd whether it ends at the period end, or {@code null}
   */
  public record State(String status, Instant periodStart, Instant periodEnd, Boolean cancelAtPeriodEnd) {}

  /**
   * Stores a reported state unless a newer one is stored or the subscription is canceled. Takes the subscription's
   * {@link #lock}.
   *
   * @param connection the event's transaction
   * @param stripeSubscriptionId the subscription
   * @param state what the event says
   * @param eventCreated when the event was created
   * @param now the current time
   * @return whether it was stored
   * @throws SQLException when the statement fails
   */
  public static boolean record(Connection connection, String stripeSubscriptionId, State state, Instant eventCreated,
      Instant now) throws SQLException {
    lock(connection, stripeSubscriptionId);
    try (PreparedStatement upsert = connection.prepareStatement(RECORD)) {
      upsert.setString(1, stripeSubscriptionId);
      upsert.setString(2, state.status());
      Rows.setInstant(upsert, 3, state.periodStart());
      Rows.setInstant(upsert, 4, state.periodEnd());
      if (state.cancelAtPeriodEnd() == null) {
        upsert.setNull(5, Types.BOOLEAN);
      } else {
        upsert.setBoolean(5, state.cancelAtPeriodEnd());
      }
      Rows.setInstant(upsert, 6, eventCreated);
      Rows.setInstant(upsert, 7, now);
      return upsert.executeUpdate() == 1;
    }
  }

  /**
   * Marks a past-due or unpaid subscription active again after a successful payment, unless a newer state is stored.
   * Takes the subscription's {@link #lock}.
   *
   * @param connection the event's transaction
   * @param stripeSubscriptionId the subscription
   * @param eventCreated when the payment event was created
   * @param now the current time
   * @return whether the state changed
   * @throws SQLException when the statement fails
   */
  public static boolean settle(Connection connection, String stripeSubscriptionId, Instant eventCreated, Instant now)
      throws SQLException {
    lock(connection, stripeSubscriptionId);
    try (PreparedStatement update = connection.prepareStatement(SETTLE)) {
      Rows.setInstant(update, 1, eventCreated);
      Rows.setInstant(update, 2, now);
      update.setString(3, stripeSubscriptionId);
      Rows.setInstant(update, 4, eventCreated);
      return update.executeUpdate() == 1;
    }
  }

  /**
   * Copies the stored state onto the local subscription, if both exist.
   *
   * @param connection the transaction
   * @param stripeSubscriptionId the subscription
   * @param now the current time
   * @return the subscription's user, or empty when there was nothing to copy
   * @throws SQLException when the statement fails
   */
  public static Optional<UUID> copyToSubscription(Connection connection, String stripeSubscriptionId, Instant now)
      throws SQLException {
    try (PreparedStatement copy = connection.prepareStatement(COPY)) {
      Rows.setInstant(copy, 1, now);
      copy.setString(2, stripeSubscriptionId);
      try (ResultSet row = copy.executeQuery()) {
        return row.next() ? Optional.of(Rows.uuid(row, "user_id")) : Optional.empty();
      }
    }
  }
}
