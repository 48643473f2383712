-- Read models of the measurement intake (api.md, Measurement intake), kept by the intake-view projection and
-- rebuildable from the events: imports, integration tokens (never the token: only who issued it, when, and whether it
-- is revoked), monitor bindings and outages (alerts seen, with what became of them).
CREATE TABLE intake_import_view (
    import_id     VARCHAR(60)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    source        VARCHAR(40)  NOT NULL,
    rows_read     INTEGER      NOT NULL,
    recorded      INTEGER      NOT NULL,
    duplicates    INTEGER      NOT NULL,
    agreement_ids JSONB        NOT NULL,
    periods       JSONB        NOT NULL,
    imported_by   VARCHAR(200),
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intake_import_view_pk PRIMARY KEY (import_id)
);
CREATE INDEX intake_import_view_imported_at_idx ON intake_import_view (imported_at);
CREATE INDEX intake_import_view_agreements_idx ON intake_import_view USING GIN (agreement_ids);

CREATE TABLE intake_token_view (
    token_id   VARCHAR(60)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    issued_by  VARCHAR(200),
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT intake_token_view_pk PRIMARY KEY (token_id)
);

CREATE TABLE intake_binding_view (
    binding_id       VARCHAR(60)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    matchers         JSONB        NOT NULL,
    agreement_id     VARCHAR(60)  NOT NULL,
    service_level_id VARCHAR(200) NOT NULL,
    cause            VARCHAR(40)  NOT NULL,
    created_by       VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT intake_binding_view_pk PRIMARY KEY (binding_id)
);

CREATE TABLE intake_outage_view (
    outage_id        VARCHAR(60)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    alert_status     VARCHAR(20)  NOT NULL,
    fingerprint      VARCHAR(100) NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE,
    labels           JSONB        NOT NULL,
    binding_id       VARCHAR(60),
    agreement_id     VARCHAR(60),
    service_level_id VARCHAR(200),
    downtime_ids     JSONB        NOT NULL,
    periods          JSONB        NOT NULL,
    rejection_code   VARCHAR(60),
    rejection        TEXT,
    version          BIGINT       NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intake_outage_view_pk PRIMARY KEY (outage_id)
);
CREATE INDEX intake_outage_view_status_idx ON intake_outage_view (status, starts_at);
CREATE INDEX intake_outage_view_agreement_idx ON intake_outage_view (agreement_id, starts_at);
