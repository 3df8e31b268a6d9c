-- Admin reads: every user newest first (keyset paged like the other lists), and generations per UTC day and service
-- over a range of days, counted from the index alone.
CREATE INDEX users_created_idx ON users (created_at DESC, id DESC);
CREATE INDEX generations_created_service_idx ON generations (created_at, service);
