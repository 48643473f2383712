-- Notices sent (GET /api/notices): a read model of NoticeSent, rebuilt by replaying processing group notice-view.
CREATE TABLE notice_view (
    notice_id   TEXT PRIMARY KEY,
    kind        TEXT        NOT NULL,
    roles       TEXT[]      NOT NULL,
    recipients  TEXT[]      NOT NULL,
    subject     TEXT        NOT NULL,
    related_to  TEXT,
    due_on      DATE,
    mailed      BOOLEAN     NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX notice_view_sent_idx ON notice_view (sent_at, notice_id);
CREATE INDEX notice_view_related_idx ON notice_view (related_to, sent_at);
