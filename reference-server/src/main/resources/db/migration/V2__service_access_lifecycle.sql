-- How access to a service ends, and which subscription granted it.
--   expires_at:      access ends at this time (a canceled subscription's period end); NULL = no end.
--   subscription_id: the subscription that granted the access; NULL for access granted by hand (seeds, admins).
-- The rule, applied in one place (app.konqer.server.access.AccessGrant): a user may use a service at time t when
-- a row exists, it is not locked, unlocked_at <= t, and (expires_at IS NULL OR t < expires_at).
ALTER TABLE service_access
  ADD COLUMN expires_at      timestamptz,
  ADD COLUMN subscription_id uuid REFERENCES subscriptions (id) ON DELETE SET NULL;

CREATE INDEX service_access_subscription_idx ON service_access (subscription_id) WHERE subscription_id IS NOT NULL;
