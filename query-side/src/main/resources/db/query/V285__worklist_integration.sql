-- What the worklist shows of integration and notices (api.md, Notifications; domain.md, Notices): webhook
-- subscriptions as their events leave them (a SUSPENDED one is listed until resumed or deleted) and notices that
-- failed to go out (listed until sent or withdrawn). Rebuilt by replaying processing group worklist-integration.
CREATE TABLE worklist_subscription (
    subscription_id      TEXT PRIMARY KEY,
    url                  TEXT        NOT NULL,
    types                TEXT[],
    vendor_id            TEXT,
    status               TEXT        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    position             BIGINT,
    consecutive_failures INT,
    failing_since        TIMESTAMPTZ,
    last_error           TEXT,
    suspended_at         TIMESTAMPTZ
);
CREATE INDEX worklist_subscription_status_idx ON worklist_subscription (status, suspended_at);

CREATE TABLE worklist_notice_failure (
    notice_id       TEXT PRIMARY KEY,
    kind            TEXT        NOT NULL,
    roles           TEXT[]      NOT NULL,
    recipients      TEXT[]      NOT NULL,
    subject         TEXT        NOT NULL,
    related_to      TEXT,
    due_on          DATE,
    attempts        INT         NOT NULL,
    first_failed_at TIMESTAMPTZ NOT NULL,
    last_failed_at  TIMESTAMPTZ NOT NULL,
    last_error      TEXT
);
