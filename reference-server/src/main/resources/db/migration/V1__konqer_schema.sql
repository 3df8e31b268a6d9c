-- The Konqer schema: users, the service catalog, subscriptions and access, payments, generations, admin and events.
-- Enumerations are text columns with CHECK constraints holding the wire names of the API (monthly_bundle, cold-dm,
-- Blue), so rows map to the SDK's enums one to one. Keyset-paged lists are indexed on (owner, created_at DESC, id DESC).

CREATE TABLE users (
  id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  keycloak_user_id   text        NOT NULL CONSTRAINT users_keycloak_user_id_key UNIQUE,
  email              text        CONSTRAINT users_email_key UNIQUE,
  name               text,
  avatar_url         text,
  stripe_customer_id text        CONSTRAINT users_stripe_customer_id_key UNIQUE,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE service_configs (
  service             text        PRIMARY KEY,
  name                text        NOT NULL,
  slug                text        NOT NULL CONSTRAINT service_configs_slug_key UNIQUE,
  type                text        NOT NULL CONSTRAINT service_configs_type_check CHECK (type IN ('Blue', 'Red', 'Core')),
  position            integer     NOT NULL CONSTRAINT service_configs_position_key UNIQUE,
  price_monthly_cents integer     NOT NULL CHECK (price_monthly_cents >= 0),
  price_yearly_cents  integer     NOT NULL CHECK (price_yearly_cents >= 0),
  rate_limit_daily    integer     NOT NULL CHECK (rate_limit_daily >= 0),
  enabled             boolean     NOT NULL DEFAULT true,
  unlock_day          integer     NOT NULL DEFAULT 0 CHECK (unlock_day BETWEEN 0 AND 365),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- unlock_day: the day after a founding purchase on which the service unlocks (the default rolling schedule).
INSERT INTO service_configs
  (service, name, slug, type, position, price_monthly_cents, price_yearly_cents, rate_limit_daily, enabled, unlock_day)
VALUES
  ('cold-dm',          'Cold DM Personalizer',       'cold-dm-personalizer',       'Blue',  1, 9900, 99000, 100, true,  0),
  ('battlecards',      'Outbound Battlecards AI',    'outbound-battlecards-ai',    'Blue',  2, 9900, 99000, 100, true,  7),
  ('objection',        'Sales Objection Crusher',    'sales-objection-crusher',    'Blue',  3, 9900, 99000, 100, true,  0),
  ('community-finder', 'Community Finder Pro',       'community-finder-pro',       'Blue',  4, 9900, 99000, 100, true, 14),
  ('carousel',         'LinkedIn Carousel Forge',    'linkedin-carousel-forge',    'Blue',  5, 9900, 99000, 100, true,  0),
  ('cold-email',       'AI Cold Email Writer',       'ai-cold-email-writer',       'Red',   6, 9900, 99000, 100, true,  7),
  ('pitch-deck',       'Startup Pitch Deck Builder', 'startup-pitch-deck-builder', 'Core',  7, 9900, 99000, 100, true, 14),
  ('whitepaper',       'AI Whitepaper Generator',    'ai-whitepaper-generator',    'Core',  8, 9900, 99000, 100, true, 21),
  ('deck-heatmap',     'VC Deck Heatmap',            'vc-deck-heatmap',            'Blue',  9, 9900, 99000, 100, true, 21),
  ('webinar',          'Webinar Demand Scanner',     'webinar-demand-scanner',     'Blue', 10, 9900, 99000, 100, true, 28),
  ('warmranker',       'Email WarmRanker',           'email-warmranker',           'Red',  11, 9900, 99000, 100, true, 28),
  ('no-show-shield',   'Calendar No-Show Shield',    'calendar-no-show-shield',    'Blue', 12, 9900, 99000, 100, true, 28);

CREATE TABLE subscriptions (
  id                     uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id                uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  plan                   text        NOT NULL CONSTRAINT subscriptions_plan_check
                                     CHECK (plan IN ('founding', 'monthly_single', 'monthly_bundle', 'annual_single',
                                                     'annual_bundle')),
  service                text        REFERENCES service_configs (service),
  status                 text        NOT NULL CONSTRAINT subscriptions_status_check
                                     CHECK (status IN ('active', 'canceled', 'past_due', 'unpaid', 'trialing')),
  stripe_subscription_id text        CONSTRAINT subscriptions_stripe_subscription_id_key UNIQUE,
  current_period_start   timestamptz,
  current_period_end     timestamptz,
  cancel_at_period_end   boolean     NOT NULL DEFAULT false,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  -- A single-service plan names its service; the others grant every service and name none.
  CONSTRAINT subscriptions_service_check
    CHECK ((plan IN ('monthly_single', 'annual_single')) = (service IS NOT NULL))
);
CREATE INDEX subscriptions_user_created_idx ON subscriptions (user_id, created_at DESC, id DESC);

CREATE TABLE service_access (
  id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  service     text        NOT NULL REFERENCES service_configs (service),
  -- When access starts: in the past for an unlocked service, in the future for a scheduled unlock.
  unlocked_at timestamptz NOT NULL,
  -- Access ended (canceled and past the period, or unpaid).
  locked      boolean     NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT service_access_user_service_key UNIQUE (user_id, service)
);

CREATE TABLE payments (
  id                         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id                    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  subscription_id            uuid        REFERENCES subscriptions (id) ON DELETE SET NULL,
  amount_cents               bigint      NOT NULL CHECK (amount_cents >= 0),
  currency                   text        NOT NULL DEFAULT 'eur' CHECK (currency ~ '^[a-z]{3}$'),
  status                     text        NOT NULL CONSTRAINT payments_status_check
                                         CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded')),
  stripe_payment_intent_id   text        CONSTRAINT payments_stripe_payment_intent_id_key UNIQUE,
  stripe_invoice_id          text        CONSTRAINT payments_stripe_invoice_id_key UNIQUE,
  stripe_checkout_session_id text        CONSTRAINT payments_stripe_checkout_session_id_key UNIQUE,
  metadata                   jsonb       NOT NULL DEFAULT '{}'::jsonb,
  created_at                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_user_created_idx ON payments (user_id, created_at DESC, id DESC);

CREATE TABLE generations (
  id                    uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id               uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  service               text        NOT NULL REFERENCES service_configs (service),
  input                 jsonb       NOT NULL,
  output                jsonb       NOT NULL,
  model                 text        NOT NULL,
  tokens_used           integer     NOT NULL DEFAULT 0 CHECK (tokens_used >= 0),
  personalization_score integer     CHECK (personalization_score BETWEEN 0 AND 100),
  latency_ms            integer     CHECK (latency_ms >= 0),
  created_at            timestamptz NOT NULL DEFAULT now()
);
-- History, newest first: per user, and per user and service. id breaks ties between equal timestamps.
CREATE INDEX generations_user_history_idx ON generations (user_id, created_at DESC, id DESC);
CREATE INDEX generations_user_service_history_idx ON generations (user_id, service, created_at DESC, id DESC);

CREATE TABLE admin_users (
  user_id    uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  granted_by uuid        REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE feature_flags (
  key         text        PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9._-]*$'),
  enabled     boolean     NOT NULL DEFAULT false,
  description text,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
  id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    uuid        REFERENCES users (id) ON DELETE SET NULL,
  event_type text        NOT NULL,
  service    text,
  metadata   jsonb       NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_user_created_idx ON events (user_id, created_at DESC) WHERE user_id IS NOT NULL;
CREATE INDEX events_type_created_idx ON events (event_type, created_at DESC);
