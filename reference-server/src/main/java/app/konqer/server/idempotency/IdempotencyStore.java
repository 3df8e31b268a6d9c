package app.konqer.server.idempotency;

import app.konqer.server.db.AsynchronousCommit;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.http.ApiError;
import app.konqer.server.http.InternalIds;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotent requests, kept in {@code idempotency_keys}: one row per user and {@code Idempotency-Key}. Independent of
 * what the request does; any handler that must run at most once per key uses it the same way:
 *
 * <ol>
 *   <li>{@link #claim} before doing anything with side effects. The first request with a key holds it
 *       ({@code in_progress}); a retry with the same body gets the stored response to replay, a retry with another
 *       body a 422 {@code idempotency_key_reused}, a retry while the first still runs a 409
 *       {@code idempotency_in_progress}.</li>
 *   <li>{@link #complete} inside the transaction that stores the request's effects, with the response to replay,
 *       so that the effects and the stored response commit together or not at all.</li>
 *   <li>{@link #release} when the request fails: the row goes, and a retry runs again.</li>
 * </ol>
 *
 * <p>A key expires {@code retention} after its first use (24 hours) and is then new again. A key held longer than
 * {@code claimTimeout} belongs to a request that can no longer finish (its process died between claim and
 * completion), and may be claimed again.
 */
public final class IdempotencyStore {
  /** How long a key is remembered. */
  public static final Duration RETENTION = Duration.ofHours(24);
  /** How long a key may stay in progress before it counts as abandoned. */
  public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

  /**
   * Takes the key unless a live row holds it: absent, expired, or abandoned in progress. A taken claim commits
   * without waiting for the disk ({@link AsynchronousCommit}): the request answers only after completing the key in
   * a durable commit, which flushes the claim too.
   */
  private static final String CLAIM = """
      INSERT INTO idempotency_keys
        (user_id, idempotency_key, request_hash, claim_id, state, created_at, expires_at)
      VALUES (?, ?, ?, ?, 'in_progress', ?, ?)
      ON CONFLICT (user_id, idempotency_key) DO UPDATE
        SET request_hash = EXCLUDED.request_hash, claim_id = EXCLUDED.claim_id, state = 'in_progress',
            response_status = NULL, response_headers = NULL, response_body = NULL,
            created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
        WHERE idempotency_keys.expires_at <= EXCLUDED.created_at
           OR (idempotency_keys.state = 'in_progress' AND idempotency_keys.created_at <= ?)
      RETURNING claim_id, %s""".formatted(AsynchronousCommit.RETURNING_COLUMN);
  /** The claim, then the companion's write from the claimed row: both or neither, in one statement. */
  private static final String CLAIM_WITH_COMPANION = """
      WITH claimed AS (
      %s),
      companion AS (
      %s)
      SELECT claimed.claim_id, (SELECT * FROM companion) FROM claimed""";
  private static final String HOLDER = """
      SELECT request_hash, state, response_status, response_headers, response_body
      FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?""";
  private static final String COMPLETE = """
      UPDATE idempotency_keys
      SET state = 'completed', response_status = ?, response_headers = ?::jsonb, response_body = ?
      WHERE user_id = ? AND idempotency_key = ? AND claim_id = ? AND state = 'in_progress'""";
  private static final String RELEASE = """
      DELETE FROM idempotency_keys
      WHERE user_id = ? AND idempotency_key = ? AND claim_id = ? AND state = 'in_progress'""";
  private static final String LOCK =
      "SELECT 1 FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ? FOR UPDATE";
  private static final String PURGE = "DELETE FROM idempotency_keys WHERE expires_at <= ?";
  /** A row can vanish between a refused claim and the read (its holder released it); then claim again. */
  private static final int CLAIM_ROUNDS = 3;

  private final Database database;
  private final Clock clock;
  private final Duration claimTimeout;
  private final JsonAdapter<Map<String, String>> headersJson;

  /**
   * Creates the store with the standard claim timeout.
   *
   * @param database the database
   * @param clock the current time, which decides expiry
   * @param moshi a {@code KonqerJson} instance
   */
  public IdempotencyStore(Database database, Clock clock, Moshi moshi) {
    this(database, clock, moshi, CLAIM_TIMEOUT);
  }

  /**
   * Creates the store.
   *
   * @param database the database
   * @param clock the current time, which decides expiry
   * @param moshi a {@code KonqerJson} instance
   * @param claimTimeout how long a key may stay in progress before another request may claim it; longer than the
   *     longest request
   */
  public IdempotencyStore(Database database, Clock clock, Moshi moshi, Duration claimTimeout) {
    this.database = database;
    this.clock = clock;
    this.claimTimeout = claimTimeout;
    this.headersJson = moshi.adapter(Types.newParameterizedType(Map.class, String.class, String.class));
  }

  /**
   * Claims a key for a request.
   *
   * @param userId the caller
   * @param key the {@code Idempotency-Key}, or empty when the request has none
   * @param fingerprint what the request is
   * @return the claim to hold, or the response to replay
   * @throws ApiError 422 {@code idempotency_key_reused} when the key was used for another request, 409
   *     {@code idempotency_in_progress} while the first request with it still runs
   */
  public IdempotencyClaim claim(UUID userId, Optional<String> key, RequestFingerprint fingerprint) {
    if (key.isEmpty()) {
      return IdempotencyClaim.Held.unkeyed();
    }
    return claimOrHolder(userId, key.get(), fingerprint, null).claim();
  }

  /**
   * Claims a key and, in the same statement, makes the request's first write: one round trip and one commit for
   * both. The write happens only when the claim is taken; a refused claim answers as {@link #claim(UUID, Optional,
   * RequestFingerprint)} does, having written nothing.
   *
   * @param userId the caller
   * @param key the {@code Idempotency-Key}
   * @param fingerprint what the request is
   * @param companion the write
   * @return the claim, with the write's value when the claim is held
   * @throws ApiError 422 {@code idempotency_key_reused} when the key was used for another request, 409
   *     {@code idempotency_in_progress} while the first request with it still runs
   */
  public CompanionClaim claim(UUID userId, String key, RequestFingerprint fingerprint, ClaimCompanion companion) {
    return claimOrHolder(userId, key, fingerprint, Objects.requireNonNull(companion, "companion"));
  }

  /** Takes the key (with the companion's write, if any), or answers with the live row that holds it. */
  private CompanionClaim claimOrHolder(UUID userId, String key, RequestFingerprint fingerprint,
      ClaimCompanion companion) {
    for (int round = 0; round < CLAIM_ROUNDS; round++) {
      Optional<CompanionClaim> claim = database.query(connection -> {
        Optional<Taken> taken = take(connection, userId, key, fingerprint, companion);
        if (taken.isPresent()) {
          return Optional.of(new CompanionClaim(new IdempotencyClaim.Held(taken.get().key()),
              taken.get().written()));
        }
        return holder(connection, userId, key, fingerprint).map(replay -> new CompanionClaim(replay, null));
      });
      if (claim.isPresent()) {
        return claim.get();
      }
    }
    throw inProgress();
  }

  /**
   * A claim made with a {@link ClaimCompanion}.
   *
   * @param claim the claim: held, or the response to replay
   * @param written when the claim is held, the value the companion's write returned, or {@code null} when it
   *     wrote nothing; {@code null} for a replay
   */
  public record CompanionClaim(IdempotencyClaim claim, Integer written) {}

  /** A claim taken, with what its companion returned. */
  private record Taken(ClaimedKey key, Integer written) {}

  /**
   * Completes a held claim with the response to replay, in the caller's transaction. Does nothing for a request
   * without a key.
   *
   * @param connection the transaction that stores the request's effects
   * @param claim the claim
   * @param response the response sent to this request and replayed to its retries
   * @throws SQLException when the update fails
   * @throws ApiError 409 {@code idempotency_in_progress} when the claim was lost to another request after the
   *     claim timeout; the caller's transaction must then roll back
   */
  public void complete(Connection connection, IdempotencyClaim.Held claim, StoredResponse response)
      throws SQLException {
    ClaimedKey key = claim.key();
    if (key == null) {
      return;
    }
    try (PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
      complete.setInt(1, response.status());
      complete.setString(2, headersJson.toJson(response.headers()));
      complete.setString(3, response.body());
      complete.setObject(4, key.userId());
      complete.setString(5, key.key());
      complete.setObject(6, key.claimId());
      if (complete.executeUpdate() != 1) {
        throw claimLost();
      }
    }
  }

  /**
   * What {@link #complete} would write for a held claim, for a caller that completes the key in the same statement
   * as it stores the request's effects (see {@link KeyCompletion}). Empty for a request without a key.
   *
   * @param claim the claim
   * @param response the response sent to this request and replayed to its retries
   * @return the completion, or empty when the request has no key
   */
  public Optional<KeyCompletion> completion(IdempotencyClaim.Held claim, StoredResponse response) {
    ClaimedKey key = claim.key();
    if (key == null) {
      return Optional.empty();
    }
    return Optional.of(new KeyCompletion(key, response.status(), headersJson.toJson(response.headers()),
        response.body()));
  }

  /**
   * The error of a request whose claim was taken over by another request (after {@link #CLAIM_TIMEOUT}) before it
   * could complete it; the request's transaction must roll back.
   *
   * @return 409 {@code idempotency_in_progress}
   */
  public static ApiError claimLost() {
    return inProgress();
  }

  /**
   * Waits, in the caller's transaction, until no other transaction still holds the key's row: a transaction that
   * completed the claim and whose commit is still in flight has then either committed or rolled back. Does nothing
   * for a request without a key.
   *
   * @param connection the caller's transaction, which holds the row's lock until it ends
   * @param claim the claim
   * @throws SQLException when the query fails
   */
  public void awaitSettled(Connection connection, IdempotencyClaim.Held claim) throws SQLException {
    ClaimedKey key = claim.key();
    if (key == null) {
      return;
    }
    try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
      lock.setObject(1, key.userId());
      lock.setString(2, key.key());
      lock.executeQuery().close();
    }
  }

  /**
   * Releases a held claim after a failure, so that a retry with the key runs again. Does nothing for a request
   * without a key, or when the claim was already lost.
   *
   * @param claim the claim
   */
  public void release(IdempotencyClaim.Held claim) {
    ClaimedKey key = claim.key();
    if (key == null) {
      return;
    }
    database.query(connection -> {
      try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
        release.setObject(1, key.userId());
        release.setString(2, key.key());
        release.setObject(3, key.claimId());
        return release.executeUpdate();
      }
    });
  }

  /**
   * Deletes the expired keys.
   *
   * @return how many were deleted
   */
  public int purgeExpired() {
    return database.query(connection -> {
      try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
        Rows.setInstant(purge, 1, clock.instant());
        return purge.executeUpdate();
      }
    });
  }

  /** Takes the key, with the companion's write when there is one; empty when a live row holds the key. */
  private Optional<Taken> take(Connection connection, UUID userId, String key, RequestFingerprint fingerprint,
      ClaimCompanion companion) throws SQLException {
    Instant now = clock.instant();
    UUID claimId = InternalIds.next();
    String sql = companion == null ? CLAIM : CLAIM_WITH_COMPANION.formatted(CLAIM, companion.sql());
    try (PreparedStatement claim = connection.prepareStatement(sql)) {
      claim.setObject(1, userId);
      claim.setString(2, key);
      claim.setBytes(3, fingerprint.sha256());
      claim.setObject(4, claimId);
      Rows.setInstant(claim, 5, now);
      Rows.setInstant(claim, 6, now.plus(RETENTION));
      Rows.setInstant(claim, 7, now.minus(claimTimeout));
      if (companion != null) {
        companion.bind(claim, 8);
      }
      try (ResultSet row = claim.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Integer written = companion == null ? null : (Integer) row.getObject(2);
        return Optional.of(new Taken(new ClaimedKey(userId, key, claimId), written));
      }
    }
  }

  /** The live row that refused the claim, as a replay or an error; empty when it has gone since. */
  private Optional<IdempotencyClaim> holder(Connection connection, UUID userId, String key,
      RequestFingerprint fingerprint) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(HOLDER)) {
      select.setObject(1, userId);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        if (!fingerprint.matches(row.getBytes("request_hash"))) {
          throw new ApiError(422, "idempotency_key_reused", "Idempotency key reused",
              "This Idempotency-Key was used for a different request in the last 24 hours; use a new key");
        }
        if (!"completed".equals(row.getString("state"))) {
          throw inProgress();
        }
        return Optional.of(new IdempotencyClaim.Replay(new StoredResponse(row.getInt("response_status"),
            headers(row.getString("response_headers")), row.getString("response_body"))));
      }
    }
  }

  private Map<String, String> headers(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      Map<String, String> headers = headersJson.fromJson(json);
      return headers == null ? Map.of() : headers;
    } catch (IOException e) {
      throw new UncheckedIOException("Stored response headers are not a JSON object", e);
    }
  }

  private static ApiError inProgress() {
    return new ApiError(409, "idempotency_in_progress", "Request in progress",
        "A request with this Idempotency-Key is still running; retry once it has finished")
        .withHeader("Retry-After", "1");
  }
}
