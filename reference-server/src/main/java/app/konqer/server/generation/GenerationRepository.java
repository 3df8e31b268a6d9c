package app.konqer.server.generation;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.services.CatalogEntry;
import app.konqer.server.access.AccessGrant;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.idempotency.KeyCompletion;
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
import java.util.Optional;
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
  /** Completes the request's key; the generation is stored only when this finds the key still held. */
  private static final String COMPLETE_KEY = """
      completed AS (
        UPDATE idempotency_keys
        SET state = 'completed', response_status = ?, response_headers = ?::jsonb, response_body = ?
        WHERE user_id = ? AND idempotency_key = ? AND claim_id = ? AND state = 'in_progress'
        RETURNING 1),
      """;
  /** The generation, then its event from the stored row: nothing at all when {@code %s} yields no row. */
  private static final String STORE = """
      WITH %s stored AS (
        INSERT INTO generations
          (id, user_id, service, input, output, model, tokens_used, personalization_score, latency_ms, created_at)
        SELECT ?::uuid, ?::uuid, ?, ?::jsonb, ?::jsonb, ?, ?::int, ?::int, ?::int, ?::timestamptz %s
        RETURNING user_id, service, created_at)
      INSERT INTO events (user_id, event_type, service, metadata, created_at)
      SELECT user_id, ?, service, ?::jsonb, created_at FROM stored""";
  private static final String STORE_UNKEYED = STORE.formatted("", "");
  private static final String STORE_COMPLETING_KEY = STORE.formatted(COMPLETE_KEY, "FROM completed");
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
   * Stores a generation and its {@value #CREATED_EVENT} event and completes the request's {@code Idempotency-Key},
   * in one statement: in auto-commit mode, one round trip and its own transaction. When the key is no longer held by
   * this request (another request took it over after the claim timeout), nothing is written.
   *
   * @param connection the connection, in auto-commit mode or in the caller's transaction
   * @param generation the generation
   * @param key the key's completion, or empty for a request sent without a key
   * @return {@code true} when stored; {@code false} when the key was no longer held and nothing was written
   * @throws SQLException when the statement fails
   */
  public boolean store(Connection connection, StoredGeneration generation, Optional<KeyCompletion> key)
      throws SQLException {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("generation_id", generation.id().toString());
    metadata.put("model", generation.model());
    metadata.put("tokens_used", generation.tokensUsed());
    metadata.put("latency_ms", generation.latencyMs());
    try (PreparedStatement store = connection.prepareStatement(key.isPresent() ? STORE_COMPLETING_KEY
        : STORE_UNKEYED)) {
      int index = 1;
      if (key.isPresent()) {
        KeyCompletion completion = key.get();
        store.setInt(index++, completion.status());
        store.setString(index++, completion.headersJson());
        store.setString(index++, completion.body());
        store.setObject(index++, completion.key().userId());
        store.setString(index++, completion.key().key());
        store.setObject(index++, completion.key().claimId());
      }
      store.setObject(index++, generation.id());
      store.setObject(index++, generation.userId());
      store.setString(index++, generation.service().id());
      store.setString(index++, generation.input());
      store.setString(index++, generation.output());
      store.setString(index++, generation.model());
      store.setInt(index++, generation.tokensUsed());
      if (generation.personalizationScore() == null) {
        store.setNull(index++, Types.INTEGER);
      } else {
        store.setInt(index++, generation.personalizationScore());
      }
      store.setInt(index++, generation.latencyMs());
      Rows.setInstant(store, index++, generation.createdAt());
      store.setString(index++, CREATED_EVENT);
      store.setString(index, metadataJson.toJson(metadata));
      return store.executeUpdate() == 1;
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
