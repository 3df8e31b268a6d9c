package app.konqer.server.billing.webhook;

import app.konqer.server.access.SubscriptionAccess;
import app.konqer.server.billing.SubscriptionStates;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code customer.subscription.created}, {@code .updated} and {@code .deleted}: the subscription's status, period and
 * cancel-at-period-end. The state is stored unless a newer event's state already is; then it is copied onto the local
 * subscription, if the checkout has created it, and the user's access follows. A deleted subscription is canceled:
 * its access ends at the period end.
 */
final class SubscriptionChanged implements StripeEventHandler {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionChanged.class);

  private final boolean deleted;

  /**
   * Creates the handler.
   *
   * @param deleted whether it handles {@code customer.subscription.deleted}
   */
  SubscriptionChanged(boolean deleted) {
    this.deleted = deleted;
  }

  @Override
  public void apply(Connection connection, StripeEvent event, Instant now) throws SQLException {
    StripeSubscription subscription = event.object(StripeSubscription.class);
    Optional<String> status = deleted ? Optional.of("canceled") : StripeStatuses.local(subscription.status());
    if (subscription.id() == null || status.isEmpty()) {
      log.warn("Event {} ({}) has no subscription id or an unknown status '{}'; ignored", event.id(), event.type(),
          subscription.status());
      return;
    }
    SubscriptionStates.State state = new SubscriptionStates.State(status.get(), instant(subscription.periodStart()),
        instant(subscription.periodEnd()), subscription.cancelAtPeriodEnd());
    if (!SubscriptionStates.record(connection, subscription.id(), state, event.created(), now)) {
      log.info("Event {} ({}) is older than the state stored for {}; ignored", event.id(), event.type(),
          subscription.id());
      return;
    }
    Optional<UUID> user = SubscriptionStates.copyToSubscription(connection, subscription.id(), now);
    if (user.isPresent()) {
      SubscriptionAccess.sync(connection, user.get(), now);
    }
  }

  private static Instant instant(Long epochSeconds) {
    return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
  }
}
