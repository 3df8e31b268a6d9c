package app.konqer.server.admin;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;

/** Writes users, subscriptions, grants and generations straight into the database, with chosen times. */
final class AdminSeed {
  private final Database database;

  AdminSeed(Database database) {
    this.database = database;
  }

  UUID user(String email, Instant createdAt) {
    return database.query(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO users (keycloak_user_id, email, name, created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
        insert.setString(1, "kc-" + email);
        insert.setString(2, email);
        insert.setString(3, email.substring(0, email.indexOf('@')));
        Rows.setInstant(insert, 4, createdAt);
        try (ResultSet row = insert.executeQuery()) {
          row.next();
          return Rows.uuid(row, "id");
        }
      }
    });
  }

  /** A subscription whose period ends at {@code periodEnd}, with one grant of {@code service} unlocked at start. */
  UUID subscription(UUID user, Plan plan, ServiceId service, SubscriptionStatus status, Instant periodStart,
      Instant periodEnd, boolean cancelAtPeriodEnd) {
    boolean single = plan == Plan.MONTHLY_SINGLE || plan == Plan.ANNUAL_SINGLE;
    UUID id = database.query(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO subscriptions (user_id, plan, service, status, current_period_start, current_period_end,
            cancel_at_period_end, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
        insert.setObject(1, user);
        insert.setString(2, KonqerJson.wireName(plan));
        insert.setString(3, single ? service.id() : null);
        insert.setString(4, KonqerJson.wireName(status));
        Rows.setInstant(insert, 5, periodStart);
        Rows.setInstant(insert, 6, periodEnd);
        insert.setBoolean(7, cancelAtPeriodEnd);
        Rows.setInstant(insert, 8, periodStart);
        try (ResultSet row = insert.executeQuery()) {
          row.next();
          return Rows.uuid(row, "id");
        }
      }
    });
    execute("INSERT INTO subscription_grants (subscription_id, service, unlocks_at) VALUES (?, ?, ?)",
        id, service.id(), periodStart);
    return id;
  }

  void generation(UUID user, ServiceId service, Instant createdAt) {
    execute("""
        INSERT INTO generations (user_id, service, input, output, model, created_at)
        VALUES (?, ?, '{}'::jsonb, '{}'::jsonb, 'offline', ?)""", user, service.id(), createdAt);
  }

  void execute(String sql, Object... parameters) {
    database.query(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i] instanceof Instant instant) {
            Rows.setInstant(statement, i + 1, instant);
          } else {
            statement.setObject(i + 1, parameters[i]);
          }
        }
        return statement.executeUpdate();
      }
    });
  }
}
