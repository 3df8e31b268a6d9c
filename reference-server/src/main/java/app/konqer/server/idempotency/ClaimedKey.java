package app.konqer.server.idempotency;

import java.util.UUID;

/**
 * A key in the {@code in_progress} state and the request that holds it.
 *
 * @param userId the key's owner
 * @param key the {@code Idempotency-Key}
 * @param claimId the holder, so that only it completes or releases the row
 */
public record ClaimedKey(UUID userId, String key, UUID claimId) {}
