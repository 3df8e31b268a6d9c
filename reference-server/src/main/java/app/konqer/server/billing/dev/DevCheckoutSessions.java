package app.konqer.server.billing.dev;

import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** The {@code dev_checkout_sessions} table. */
public final class DevCheckoutSessions {
  private static final String COLUMNS = "id, user_id, plan, service, success_url, cancel_url, created_at, completed_at";
  private static final String INSERT = """
      INSERT INTO dev_checkout_sessions (id, user_id, plan, service, success_url, cancel_url, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM dev_checkout_sessions WHERE id = ?";
  private static final String COMPLETE =
      "UPDATE dev_checkout_sessions SET completed_at = ? WHERE id = ? AND completed_at IS NULL";

  private final Database database;

  /**
   * Creates the repository.
   *
   * @param database the database
   */
  public DevCheckoutSessions(Database database) {
    this.database = database;
  }

  /**
   * Stores a new session, unless one with its id exists.
   *
   * @param session the session
   * @return the stored session: the new one, or the one stored before with that id
   */
  public DevCheckoutSession open(DevCheckoutSession session) {
    return database.query(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        insert.setString(1, session.id());
        insert.setObject(2, session.userId());
        insert.setString(3, KonqerJson.wireName(session.plan()));
        insert.setString(4, session.service() == null ? null : session.service().id());
        insert.setString(5, session.successUrl());
        insert.setString(6, session.cancelUrl());
        Rows.setInstant(insert, 7, session.createdAt());
        insert.executeUpdate();
      }
      return find(session.id()).orElseThrow();
    });
  }

  /**
   * A session by id.
   *
   * @param id the id
   * @return the session, or empty
   */
  public Optional<DevCheckoutSession> find(String id) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(FIND)) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          return Optional.of(new DevCheckoutSession(row.getString("id"), Rows.uuid(row, "user_id"),
              Rows.wireEnum(row, "plan", Plan.class), Rows.wireEnum(row, "service", ServiceId.class),
              row.getString("success_url"), row.getString("cancel_url"), Rows.instant(row, "created_at"),
              Rows.instant(row, "completed_at")));
        }
      }
    });
  }

  /**
   * Marks a session confirmed, once.
   *
   * @param id the session
   * @param now the current time
   */
  public void complete(String id, Instant now) {
    database.query(connection -> {
      try (PreparedStatement update = connection.prepareStatement(COMPLETE)) {
        Rows.setInstant(update, 1, now);
        update.setString(2, id);
        return update.executeUpdate();
      }
    });
  }
}
