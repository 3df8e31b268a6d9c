package app.konqer.server.generation;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.services.CatalogEntry;
import app.konqer.server.access.AccessGrant;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The tables of generation: the service settings and access read before it, and what it stores. */
public final class GenerationRepository {
  /** The event each stored generation records. */
  public static final String CREATED_EVENT = "generation.created";

  private static final String STATUS = """
      SELECT c.enabled, c.rate_limit_daily, a.unlocked_at, a.locked, a.expires_at
      FROM service_configs c
      LEFT JOIN service_access a ON a.service = c.service AND a.user_id = ?
      WHERE c.service = ?""";
  private static final String INSERT_GENERATION = """
      INSERT INTO generations
        (id, user_id, service, input, output, model, tokens_used, personalization_score, latency_ms, created_at)
      VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)""";
  private static final String INSERT_EVENT = """
      INSERT INTO events (user_id, event_type, service, metadata, created_at) VALUES (?, ?, ?, ?::jsonb, ?)""";
  private static final String EXISTS = "SELECT 1 FROM generations WHERE id = ?";
  private static final String CATALOG = """
      SELECT service, name, slug, type, price_monthly_cents, price_yearly_cents, rate_limit_daily, enabled
      FROM service_configs ORDER BY position""";

  private final Database database;
  private final JsonAdapter<Map<String, Object>> metadataJson;

  /**
   * Creates the repository.
   *
   * @param database the database
   * @param moshi a {@code KonqerJson} instance
   */
  public GenerationRepository(Database database, Moshi moshi) {
    this.database = database;
    this.metadataJson = moshi.adapter(com.squareup.moshi.Types.newParameterizedType(Map.class, String.class,
        Object.class));
  }

  /**
   * A service's settings and a user's access to it.
   *
   * @param userId the user
   * @param service the service
   * @return the status; disabled when the service has no {@code service_configs} row
   */
  public ServiceStatus status(UUID userId, ServiceId service) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(STATUS)) {
        select.setObject(1, userId);
        select.setString(2, service.id());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return ServiceStatus.UNCONFIGURED;
          }
          Instant unlockedAt = Rows.instant(row, "unlocked_at");
          AccessGrant grant = unlockedAt == null ? null
              : new AccessGrant(unlockedAt, row.getBoolean("locked"), Rows.instant(row, "expires_at"));
          return new ServiceStatus(row.getBoolean("enabled"), row.getInt("rate_limit_daily"), grant);
        }
      }
    });
  }

  /**
   * Stores a generation and its {@value #CREATED_EVENT} event, in the caller's transaction.
   *
   * @param connection the transaction
   * @param generation the generation
   * @throws SQLException when an insert fails
   */
  public void store(Connection connection, StoredGeneration generation) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_GENERATION)) {
      insert.setObject(1, generation.id());
      insert.setObject(2, generation.userId());
      insert.setString(3, generation.service().id());
      insert.setString(4, generation.input());
      insert.setString(5, generation.output());
      insert.setString(6, generation.model());
      insert.setInt(7, generation.tokensUsed());
      if (generation.personalizationScore() == null) {
        insert.setNull(8, Types.INTEGER);
      } else {
        insert.setInt(8, generation.personalizationScore());
      }
      insert.setInt(9, generation.latencyMs());
      Rows.setInstant(insert, 10, generation.createdAt());
      insert.executeUpdate();
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("generation_id", generation.id().toString());
    metadata.put("model", generation.model());
    metadata.put("tokens_used", generation.tokensUsed());
    metadata.put("latency_ms", generation.latencyMs());
    try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
      insert.setObject(1, generation.userId());
      insert.setString(2, CREATED_EVENT);
      insert.setString(3, generation.service().id());
      insert.setString(4, metadataJson.toJson(metadata));
      Rows.setInstant(insert, 5, generation.createdAt());
      insert.executeUpdate();
    }
  }

  /**
   * Whether a generation is stored, as far as the caller's transaction sees.
   *
   * @param connection the transaction
   * @param id the generation's id
   * @return {@code true} when its row exists
   * @throws SQLException when the query fails
   */
  public boolean exists(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(EXISTS)) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  /**
   * The catalog of services, as configured.
   *
   * @return every configured service, in catalog order
   */
  public List<CatalogEntry> catalog() {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(CATALOG);
          ResultSet row = select.executeQuery()) {
        List<CatalogEntry> entries = new ArrayList<>();
        while (row.next()) {
          entries.add(new CatalogEntry(
              Rows.wireEnum(row, "service", ServiceId.class),
              row.getString("name"),
              row.getString("slug"),
              Rows.wireEnum(row, "type", ServiceType.class),
              row.getLong("price_monthly_cents"),
              row.getLong("price_yearly_cents"),
              row.getInt("rate_limit_daily"),
              row.getBoolean("enabled")));
        }
        return entries;
      }
    });
  }
}
