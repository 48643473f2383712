-- The instances that process events (SegmentBalancer): each writes its heartbeat here every few seconds, and every
-- instance takes its fair share of each processor's segments among those seen lately. node_id is the owner name
-- Axon writes into token_entry.owner. Not a read model: nothing here comes from events.
CREATE TABLE processor_instance (
    node_id    TEXT PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL
);
