-- Billing: Stripe events processed once, the latest Stripe state of each subscription, what each subscription grants,
-- dev-mode checkout sessions, the e-mail outbox, cross-sell pairs, and once-only unlock notifications.
-- Every time column is written by the server from its own clock (or from the Stripe event), never by now().

-- The customer and checkout session a subscription was bought with.
ALTER TABLE subscriptions
  ADD COLUMN stripe_customer_id         text,
  ADD COLUMN stripe_checkout_session_id text CONSTRAINT subscriptions_stripe_checkout_session_id_key UNIQUE;

-- What a payment was for, as shown to the user ("Founding member (yearly)").
ALTER TABLE payments ADD COLUMN description text;

-- Scheduled unlocks (the founding plan's rolling unlock) are announced once, by the unlock job:
--   notify_on_unlock:   the row's unlocked_at was in the future when it was granted;
--   unlock_notified_at: when the service.unlocked event and the e-mail were recorded.
ALTER TABLE service_access
  ADD COLUMN notify_on_unlock   boolean     NOT NULL DEFAULT false,
  ADD COLUMN unlock_notified_at timestamptz;
CREATE INDEX service_access_unlock_due_idx ON service_access (unlocked_at)
  WHERE notify_on_unlock AND unlock_notified_at IS NULL;

-- Each Stripe event id, recorded in the transaction that applies the event: a redelivery changes nothing.
CREATE TABLE stripe_events (
  id           text        PRIMARY KEY,
  type         text        NOT NULL,
  created      timestamptz NOT NULL,
  processed_at timestamptz NOT NULL
);

-- The newest state Stripe reported for a subscription, by the event's created time. Kept even before the checkout that
-- creates the local subscription is processed, so that an early update is not lost. NULL members are not known yet.
CREATE TABLE stripe_subscription_states (
  stripe_subscription_id text        PRIMARY KEY,
  status                 text        NOT NULL CONSTRAINT stripe_subscription_states_status_check
                                     CHECK (status IN ('active', 'canceled', 'past_due', 'unpaid', 'trialing')),
  current_period_start   timestamptz,
  current_period_end     timestamptz,
  cancel_at_period_end   boolean,
  event_created          timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL
);

-- What a subscription grants, fixed at purchase: one row per service with the time it unlocks (the purchase time, or
-- the purchase plus service_configs.unlock_day days for the founding plan). service_access is derived from these rows
-- and the subscriptions' status.
CREATE TABLE subscription_grants (
  subscription_id uuid        NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  service         text        NOT NULL REFERENCES service_configs (service),
  unlocks_at      timestamptz NOT NULL,
  PRIMARY KEY (subscription_id, service)
);

-- Checkout sessions of dev mode, where the server plays Stripe's hosted checkout page.
CREATE TABLE dev_checkout_sessions (
  id           text        PRIMARY KEY,
  user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  plan         text        NOT NULL CONSTRAINT dev_checkout_sessions_plan_check
                           CHECK (plan IN ('founding', 'monthly_single', 'monthly_bundle', 'annual_single',
                                           'annual_bundle')),
  service      text        REFERENCES service_configs (service),
  success_url  text        NOT NULL,
  cancel_url   text        NOT NULL,
  created_at   timestamptz NOT NULL,
  completed_at timestamptz
);

-- Buying one service proposes its complement.
CREATE TABLE service_cross_sells (
  service    text PRIMARY KEY REFERENCES service_configs (service),
  complement text NOT NULL REFERENCES service_configs (service),
  CONSTRAINT service_cross_sells_distinct_check CHECK (service <> complement)
);
INSERT INTO service_cross_sells (service, complement) VALUES
  ('cold-dm',          'cold-email'),
  ('objection',        'battlecards'),
  ('carousel',         'whitepaper'),
  ('battlecards',      'objection'),
  ('cold-email',       'warmranker'),
  ('community-finder', 'webinar'),
  ('pitch-deck',       'deck-heatmap'),
  ('whitepaper',       'carousel'),
  ('deck-heatmap',     'pitch-deck'),
  ('webinar',          'community-finder'),
  ('warmranker',       'cold-email'),
  ('no-show-shield',   'cold-dm');

-- The transactional outbox of e-mails: written in the business transaction, delivered by the outbox worker.
--   dedupe_key:    what the e-mail is about (welcome:<subscription>); an e-mail is recorded once;
--   claimed_until: a worker's lease; a crashed worker's rows are claimed again once it has passed;
--   claim_token:   the lease holder, so that a late worker cannot overwrite a newer attempt.
CREATE TABLE email_outbox (
  id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text        NOT NULL,
  recipient       text        NOT NULL,
  subject         text        NOT NULL,
  body            text        NOT NULL,
  dedupe_key      text        NOT NULL CONSTRAINT email_outbox_dedupe_key_key UNIQUE,
  status          text        NOT NULL DEFAULT 'pending' CONSTRAINT email_outbox_status_check
                              CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL,
  claimed_until   timestamptz,
  claim_token     uuid,
  sent_at         timestamptz,
  last_error      text,
  created_at      timestamptz NOT NULL
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status = 'pending';
