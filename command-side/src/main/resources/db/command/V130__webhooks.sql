-- Webhook subscriptions (api.md, Notifications and integration events). The subscription's life (created,
-- suspended, resumed, rewound, deleted) is event-sourced (aggregate Subscription); this table holds, beside it,
-- what must not or cannot be an event:
--   * the secret: a credential for HMAC signatures. Events are kept forever, exported (audit CSV), copied to every
--     read model and delivered to the other subscribers; the secret is therefore written here, in the same
--     transaction as SubscriptionCreated, never shown again, and erased when the subscription is deleted;
--   * the delivery cursor: the global position (and the gaps below it, as Axon's GapAwareTrackingToken) up to which
--     events were delivered, like a tracking processor's token, and the retry state;
--   * the lease: which instance delivers for the subscription now (claimed with FOR UPDATE SKIP LOCKED, renewed as it
--     goes, taken over by another instance when it expires), so two instances never deliver for it at once.
-- status, url, types, vendor_id and version mirror the subscription's events, written by its command handlers in
-- the same transaction as each event.
CREATE TABLE webhook_subscription (
    subscription_id      TEXT PRIMARY KEY,
    url                  TEXT        NOT NULL,
    secret               TEXT,
    types                TEXT[],
    vendor_id            TEXT,
    status               TEXT        NOT NULL,
    version              BIGINT      NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    position             BIGINT      NOT NULL,
    gaps                 BIGINT[]    NOT NULL DEFAULT '{}',
    epoch                BIGINT      NOT NULL DEFAULT 0,
    consecutive_failures INT         NOT NULL DEFAULT 0,
    failing_since        TIMESTAMPTZ,
    next_attempt_at      TIMESTAMPTZ,
    last_error           TEXT,
    last_delivery_at     TIMESTAMPTZ,
    lease_owner          TEXT,
    lease_until          TIMESTAMPTZ
);
CREATE INDEX webhook_subscription_active_idx ON webhook_subscription (status, next_attempt_at);

-- Every delivery attempt, successful or not (GET /api/subscriptions/{id}/deliveries). An operational log, like the
-- processors' tokens: not a business fact, so not an event (a delivery event would itself be delivered again).
CREATE TABLE webhook_delivery (
    id              BIGSERIAL PRIMARY KEY,
    subscription_id TEXT        NOT NULL,
    delivery_id     UUID        NOT NULL,
    event_id        TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    position        BIGINT      NOT NULL,
    attempt         INT         NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    http_status     INT,
    error           TEXT,
    outcome         TEXT        NOT NULL
);
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, id);
