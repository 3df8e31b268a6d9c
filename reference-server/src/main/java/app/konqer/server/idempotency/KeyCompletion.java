package app.konqer.server.idempotency;

/**
 * Completing a held key, as values to bind: the row {@code (user_id, idempotency_key)} still held by
 * {@code claim_id} becomes {@code completed} with the response to replay. A caller that stores its effects in one
 * statement updates the row in that statement and writes its effects only when the update found the row, so that a
 * request whose claim was taken over writes nothing (as {@link IdempotencyStore#complete} followed by a rollback).
 *
 * @param key the held key
 * @param status the response's HTTP status
 * @param headersJson the response's headers, as a JSON object
 * @param body the response's body
 */
public record KeyCompletion(ClaimedKey key, int status, String headersJson, String body) {}
