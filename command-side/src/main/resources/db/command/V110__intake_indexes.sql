-- The measurement intake's indexes on the write side, both derived from events in the transaction that records them
-- (a subscribing event processor, see command/intake/IntakeIndexes):
--
-- intake_source_record: which source ids were recorded, per agreement, kind and period, with the hash of their content.
-- An import asks it which rows are duplicates (same content: counted, not recorded again) and which conflict (same
-- source id, other content: SOURCE_ID_CONFLICT). The primary key refuses a second recording of one source id in one
-- period, so two imports of one file at the same moment cannot both record it: one of them fails whole.
CREATE TABLE intake_source_record (
    agreement_id   VARCHAR(60)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    source_id      VARCHAR(300) NOT NULL,
    period         CHAR(7)      NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    record_id      VARCHAR(60)  NOT NULL,
    import_id      VARCHAR(60),
    CONSTRAINT intake_source_record_pk PRIMARY KEY (agreement_id, kind, source_id, period)
);

-- The monitor bindings in force, which the Alertmanager webhook matches alerts against.
CREATE TABLE intake_monitor_binding (
    binding_id       VARCHAR(60)  NOT NULL,
    matchers         TEXT         NOT NULL,
    agreement_id     VARCHAR(60)  NOT NULL,
    service_level_id VARCHAR(200) NOT NULL,
    cause            VARCHAR(40)  NOT NULL,
    CONSTRAINT intake_monitor_binding_pk PRIMARY KEY (binding_id)
);
