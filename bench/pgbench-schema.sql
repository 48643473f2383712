-- domain_event_entry's shape (shared-kernel db/eventstore/V1__axon_event_store.sql), for the pgbench baseline.
CREATE SEQUENCE bench_event_entry_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE bench_event_entry (
    global_index         BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    CONSTRAINT bench_event_entry_pk PRIMARY KEY (global_index),
    CONSTRAINT bench_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT bench_event_entry_event_identifier_uk UNIQUE (event_identifier)
);
