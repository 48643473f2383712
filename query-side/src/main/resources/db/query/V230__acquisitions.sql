-- The legal view of acquisitions (issue 5): each acquisition, every renegotiation it caused with the terms before
-- and after, and every step of those renegotiations with its actor. Rebuilt by replaying "acquisition-view".
-- Rows are written from single events, never joined at write time: a vendor's and its agreements' events may be
-- processed in different segments, so each table holds what its own events say and reads join them.

CREATE TABLE acquisition_view (
    acquisition_id VARCHAR(60)  NOT NULL,
    vendor_id      VARCHAR(60)  NOT NULL,
    acquirer_id    VARCHAR(60)  NOT NULL,
    effective_date DATE         NOT NULL,
    reference      VARCHAR(200),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(200),
    vendor_version BIGINT       NOT NULL,
    CONSTRAINT acquisition_view_pk PRIMARY KEY (acquisition_id),
    CONSTRAINT acquisition_view_vendor_uk UNIQUE (vendor_id)
);
CREATE INDEX acquisition_view_acquirer_idx ON acquisition_view (acquirer_id);

-- One row per (acquisition, agreement). last_sequence is the agreement's sequence number of the last event applied.
CREATE TABLE renegotiation_view (
    acquisition_id             VARCHAR(60) NOT NULL,
    agreement_id               VARCHAR(60) NOT NULL,
    acquired_vendor_id         VARCHAR(60) NOT NULL,
    acquirer_id                VARCHAR(60) NOT NULL,
    acquisition_effective_date DATE        NOT NULL,
    status                     VARCHAR(20) NOT NULL,
    deadline                   DATE        NOT NULL,
    outcome                    VARCHAR(20),
    revision                   INTEGER,
    version_before             INTEGER     NOT NULL,
    version_after              INTEGER,
    terms_before               JSONB       NOT NULL,
    terms_after                JSONB,
    opened_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    overdue_since              TIMESTAMP WITH TIME ZONE,
    concluded_at               TIMESTAMP WITH TIME ZONE,
    concluded_by               VARCHAR(200),
    concluded_sequence         BIGINT,
    last_sequence              BIGINT      NOT NULL,
    CONSTRAINT renegotiation_view_pk PRIMARY KEY (acquisition_id, agreement_id)
);
CREATE INDEX renegotiation_view_agreement_idx ON renegotiation_view (agreement_id, opened_at);
CREATE INDEX renegotiation_view_vendor_idx ON renegotiation_view (acquired_vendor_id);
CREATE INDEX renegotiation_view_status_idx ON renegotiation_view (status, deadline);

-- Every step of a renegotiation: one row per agreement event, keyed by its place in the agreement's stream.
CREATE TABLE renegotiation_step (
    agreement_id   VARCHAR(60)  NOT NULL,
    sequence       BIGINT       NOT NULL,
    acquisition_id VARCHAR(60)  NOT NULL,
    type           VARCHAR(100) NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200),
    role           VARCHAR(50),
    reason         TEXT,
    details        JSONB        NOT NULL,
    CONSTRAINT renegotiation_step_pk PRIMARY KEY (agreement_id, sequence)
);
CREATE INDEX renegotiation_step_acquisition_idx ON renegotiation_step (acquisition_id, agreement_id, sequence);
