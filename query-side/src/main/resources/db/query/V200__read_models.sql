-- Read models of the query side. Each is rebuilt from the event store by replaying its processing group;
-- "version" is the aggregate sequence number of the last event applied, which makes handlers idempotent
-- and answers read-your-writes (minVersion).

CREATE TABLE vendor_view (
    id            VARCHAR(60)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    country       VARCHAR(2),
    reference     VARCHAR(100),
    status        VARCHAR(20)  NOT NULL,
    acquired_by   VARCHAR(60),
    version       BIGINT       NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT vendor_view_pk PRIMARY KEY (id)
);
CREATE INDEX vendor_view_name_idx ON vendor_view (lower(name));

CREATE TABLE agreement_view (
    id             VARCHAR(60)  NOT NULL,
    vendor_id      VARCHAR(60)  NOT NULL,
    title          VARCHAR(300) NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    customer       VARCHAR(300),
    status         VARCHAR(20)  NOT NULL,
    version        BIGINT       NOT NULL,
    terms_version  INTEGER      NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    document       JSONB        NOT NULL,
    CONSTRAINT agreement_view_pk PRIMARY KEY (id)
);
CREATE INDEX agreement_view_vendor_idx ON agreement_view (vendor_id);
CREATE INDEX agreement_view_status_idx ON agreement_view (status);
