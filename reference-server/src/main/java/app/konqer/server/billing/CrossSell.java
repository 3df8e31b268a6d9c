package app.konqer.server.billing;

import app.konqer.sdk.model.ServiceId;
import app.konqer.server.db.Rows;
import app.konqer.server.email.Emails;
import app.konqer.server.email.Outbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The cross-sell e-mail after a single-service purchase: the owner of two or more single services is offered the
 * bundle (once per user); otherwise the service's complement from {@code service_cross_sells} is proposed, unless the
 * buyer already pays for it. Buyers of the bundle or the founding plan get none.
 */
final class CrossSell {
  private static final String COMPLEMENT = """
      SELECT x.complement, bought.name AS bought_name, complement.name AS complement_name
      FROM service_cross_sells x
      JOIN service_configs bought ON bought.service = x.service
      JOIN service_configs complement ON complement.service = x.complement
      WHERE x.service = ?""";

  private CrossSell() {}

  static void propose(Connection connection, Purchase purchase, UUID subscriptionId, String email, String name,
      Instant now) throws SQLException {
    if (!purchase.terms().singleService()) {
      return;
    }
    Set<ServiceId> singles = new TreeSet<>();
    for (Subscriptions.Renewing renewing : Subscriptions.renewing(connection, purchase.userId())) {
      if (PlanCatalog.find(renewing.plan()).map(PlanTerms::allServices).orElse(false)) {
        return;
      }
      singles.add(renewing.service());
    }
    if (singles.size() >= 2) {
      Outbox.enqueue(connection, Emails.bundleOffer(email, name, singles.size()), "bundle-offer:" + purchase.userId(),
          now);
      return;
    }
    Optional<Complement> complement = complement(connection, purchase.service().id());
    if (complement.isPresent() && !singles.contains(complement.get().service())) {
      Outbox.enqueue(connection,
          Emails.crossSell(email, name, complement.get().boughtName(), complement.get().complementName()),
          "cross-sell:" + subscriptionId, now);
    }
  }

  private static Optional<Complement> complement(Connection connection, String service) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(COMPLEMENT)) {
      select.setString(1, service);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Complement(Rows.wireEnum(row, "complement", ServiceId.class), row.getString("bought_name"),
                row.getString("complement_name")))
            : Optional.empty();
      }
    }
  }

  private record Complement(ServiceId service, String boughtName, String complementName) {}
}
