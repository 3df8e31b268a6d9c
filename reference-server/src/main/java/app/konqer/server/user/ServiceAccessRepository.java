package app.konqer.server.user;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.server.access.AccessGrant;
import app.konqer.sdk.model.UserService;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The service catalog joined with one user's {@code service_access} rows. */
public final class ServiceAccessRepository {
  private static final String FOR_USER = """
      SELECT c.service, c.name, c.slug, c.type, a.unlocked_at, a.locked, a.expires_at
      FROM service_configs c
      LEFT JOIN service_access a ON a.service = c.service AND a.user_id = ?
      ORDER BY c.position""";

  private final Database database;

  /**
   * Creates the repository.
   *
   * @param database the database
   */
  public ServiceAccessRepository(Database database) {
    this.database = database;
  }

  /**
   * Every service, and whether the user may use it at a given time.
   *
   * @param userId the user
   * @param now the current time
   * @return the twelve services in catalog order
   */
  public List<UserService> forUser(UUID userId, Instant now) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(FOR_USER)) {
        select.setObject(1, userId);
        try (ResultSet row = select.executeQuery()) {
          List<UserService> services = new ArrayList<>();
          while (row.next()) {
            Instant unlockedAt = Rows.instant(row, "unlocked_at");
            AccessGrant grant = unlockedAt == null ? null
                : new AccessGrant(unlockedAt, row.getBoolean("locked"), Rows.instant(row, "expires_at"));
            boolean unlocked = grant != null && grant.isOpenAt(now);
            services.add(new UserService(
                Rows.wireEnum(row, "service", ServiceId.class),
                row.getString("name"),
                row.getString("slug"),
                Rows.wireEnum(row, "type", ServiceType.class),
                unlocked,
                unlocked ? unlockedAt : null,
                grant == null ? null : grant.unlocksAfter(now)));
          }
          return services;
        }
      }
    });
  }
}
