-- Answers given to POSTs with an Idempotency-Key (api.md). Infrastructure, not domain state: the domain
-- state they acknowledge is in the event store, written in the same transaction.
CREATE TABLE idempotent_request (
    caller          VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    status          INTEGER,
    etag            VARCHAR(40),
    location        VARCHAR(500),
    content_type    VARCHAR(100),
    body            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotent_request_pk PRIMARY KEY (caller, idempotency_key)
);
