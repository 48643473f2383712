-- The audit trail (domain.md, Audit): one row per stored domain event of every aggregate, with who, when (business
-- and recording time), why and in which request, kept by the "audit-trail" processing group. Keyed by the event's
-- global index, so replaying an event changes nothing.

CREATE TABLE audit_event (
    global_index    BIGINT       NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    aggregate_id    VARCHAR(255) NOT NULL,
    aggregate_type  VARCHAR(255),
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(255) NOT NULL,
    event_type_full VARCHAR(255) NOT NULL,
    revision        VARCHAR(255),
    occurred_at     TIMESTAMP WITH TIME ZONE,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(255),
    role            VARCHAR(60),
    correlation_id  VARCHAR(255),
    causation_id    VARCHAR(255),
    reason          TEXT,
    chain_hash      CHAR(64),
    payload         JSONB        NOT NULL,
    meta_data       JSONB,
    CONSTRAINT audit_event_pk PRIMARY KEY (global_index),
    CONSTRAINT audit_event_aggregate_sequence_uk UNIQUE (aggregate_id, sequence_number)
);

-- histories: one aggregate, or an agreement with its periods (prd-<agreement uuid>-<month>), by prefix
CREATE INDEX audit_event_aggregate_prefix_idx ON audit_event (aggregate_id text_pattern_ops, global_index);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, global_index);
CREATE INDEX audit_event_type_idx ON audit_event (event_type, global_index);
CREATE INDEX audit_event_recorded_idx ON audit_event (recorded_at);
