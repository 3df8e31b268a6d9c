-- The generation pipeline: the daily quota and idempotent requests.

-- Generations charged per user, service and UTC day. A generation takes its unit with one guarded upsert
--   INSERT ... VALUES (user, service, day, 1) ON CONFLICT DO UPDATE SET used = used + 1 WHERE used < limit
--   RETURNING used
-- so concurrent requests, from any number of server processes, never push a count past the limit; a failed
-- generation gives its unit back with a decrement that stops at 0 (app.konqer.server.quota.DailyQuota).
CREATE TABLE quota_usage (
  user_id uuid    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  service text    NOT NULL REFERENCES service_configs (service),
  day     date    NOT NULL,
  used    integer NOT NULL CHECK (used >= 0),
  PRIMARY KEY (user_id, service, day)
);

-- One row per (user, Idempotency-Key) (app.konqer.server.idempotency.IdempotencyStore).
--   request_hash: SHA-256 of the request's scope (method and route) and its canonical parsed body; the same key
--                 with another hash is refused (idempotency_key_reused).
--   claim_id:     identifies the request that holds the claim, so that only it completes or releases the row.
--   state:        in_progress while the first request runs; completed once its response is stored, in the same
--                 transaction as the request's effects. A failed request deletes its row, so a retry runs again.
--   response_*:   the stored response, replayed byte for byte to a retry with the same key and body.
--   expires_at:   created_at + 24 h; an expired row counts as absent and is overwritten by the next claim.
-- An in_progress row older than the server's claim timeout (a process that died mid-request) may be claimed again.
CREATE TABLE idempotency_keys (
  user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  idempotency_key  text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
  request_hash     bytea       NOT NULL,
  claim_id         uuid        NOT NULL,
  state            text        NOT NULL CONSTRAINT idempotency_keys_state_check
                               CHECK (state IN ('in_progress', 'completed')),
  response_status  integer,
  response_headers jsonb,
  response_body    text,
  created_at       timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  PRIMARY KEY (user_id, idempotency_key),
  CONSTRAINT idempotency_keys_response_check
    CHECK ((state = 'completed') = (response_status IS NOT NULL AND response_body IS NOT NULL)),
  CHECK (expires_at > created_at)
);
-- Purging expired keys.
CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at);
