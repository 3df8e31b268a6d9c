package app.konqer.server.billing;

import app.konqer.server.access.AccessGrant;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what billing stored, for assertions. */
final class BillingRows {
  private final Database database;

  BillingRows(Database database) {
    this.database = database;
  }

  long count(String sql, Object... parameters) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  String text(String sql, Object... parameters) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getString(1) : null;
        }
      }
    });
  }

  /** The user's access rows by service, as the access rule reads them. */
  Map<String, AccessGrant> access(UUID userId) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT service, unlocked_at, locked, expires_at FROM service_access WHERE user_id = ? ORDER BY service")) {
        select.setObject(1, userId);
        try (ResultSet row = select.executeQuery()) {
          Map<String, AccessGrant> grants = new LinkedHashMap<>();
          while (row.next()) {
            grants.put(row.getString("service"), new AccessGrant(Rows.instant(row, "unlocked_at"),
                row.getBoolean("locked"), Rows.instant(row, "expires_at")));
          }
          return grants;
        }
      }
    });
  }

  /** The services open to the user at a time, by the access rule. */
  List<String> openAt(UUID userId, Instant at) {
    List<String> open = new ArrayList<>();
    access(userId).forEach((service, grant) -> {
      if (grant.isOpenAt(at)) {
        open.add(service);
      }
    });
    return open;
  }

  long emails(String kind, String recipient) {
    return count("SELECT count(*) FROM email_outbox WHERE kind = ? AND recipient = ?", kind, recipient);
  }

  long subscriptions(UUID userId) {
    return count("SELECT count(*) FROM subscriptions WHERE user_id = ?", userId);
  }

  long payments(UUID userId) {
    return count("SELECT count(*) FROM payments WHERE user_id = ?", userId);
  }

  String subscriptionStatus(String stripeSubscriptionId) {
    return text("SELECT status FROM subscriptions WHERE stripe_subscription_id = ?", stripeSubscriptionId);
  }
}
