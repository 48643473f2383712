-- Read models of performance periods and their credits (processing group "performance-periods").
-- All three tables are written by one projection from the same events, in the same transaction, so a period read
-- with minVersion and the ledger lines of that period agree. "version" is the period's sequence number of the
-- last event applied; the projection skips events at or below it, which makes replays idempotent.
-- Money is NUMERIC without a scale so that an amount keeps the currency's minor units it was stored with.

-- One row per opened period: the whole view as a JSON document plus the columns lists and reports filter on.
CREATE TABLE period_view (
    id             VARCHAR(60)  NOT NULL,
    agreement_id   VARCHAR(60)  NOT NULL,
    vendor_id      VARCHAR(60),
    month          VARCHAR(7)   NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    terms_version  INTEGER,
    version        BIGINT       NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE,
    currency       VARCHAR(3),
    at_risk        NUMERIC,
    credit_total   NUMERIC,
    cap_reduction  NUMERIC,
    document       JSONB        NOT NULL,
    CONSTRAINT period_view_pk PRIMARY KEY (id)
);
CREATE UNIQUE INDEX period_view_agreement_month_idx ON period_view (agreement_id, month);
CREATE INDEX period_view_vendor_month_idx ON period_view (vendor_id, month);

-- One row per credit: where it stands now.
CREATE TABLE credit_view (
    id               VARCHAR(80)  NOT NULL,
    period_id        VARCHAR(60)  NOT NULL,
    agreement_id     VARCHAR(60)  NOT NULL,
    vendor_id        VARCHAR(60),
    month            VARCHAR(7)   NOT NULL,
    service_level_id VARCHAR(100) NOT NULL,
    currency         VARCHAR(3),
    status           VARCHAR(20)  NOT NULL,
    amount           NUMERIC NOT NULL,
    net_amount       NUMERIC NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT credit_view_pk PRIMARY KEY (id)
);
CREATE INDEX credit_view_period_idx ON credit_view (period_id);

-- The ledger: one row per credit line of an event, never changed once written.
CREATE TABLE credit_ledger_line (
    period_id         VARCHAR(60)  NOT NULL,
    sequence          BIGINT       NOT NULL,
    position          INTEGER      NOT NULL,
    credit_id         VARCHAR(80)  NOT NULL,
    line              INTEGER      NOT NULL,
    agreement_id      VARCHAR(60)  NOT NULL,
    vendor_id         VARCHAR(60),
    month             VARCHAR(7)   NOT NULL,
    service_level_id  VARCHAR(100) NOT NULL,
    type              VARCHAR(20)  NOT NULL,
    amount            NUMERIC NOT NULL,
    currency          VARCHAR(3),
    method            VARCHAR(10),
    measured          NUMERIC,
    target            NUMERIC,
    rate_percent      NUMERIC,
    amount_before_cap NUMERIC,
    terms_version     INTEGER,
    formula           TEXT,
    reference         TEXT,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT credit_ledger_line_pk PRIMARY KEY (period_id, sequence, position)
);
CREATE INDEX credit_ledger_line_agreement_idx ON credit_ledger_line (agreement_id, month);
CREATE INDEX credit_ledger_line_vendor_idx ON credit_ledger_line (vendor_id, month);
CREATE INDEX credit_ledger_line_credit_idx ON credit_ledger_line (credit_id);
