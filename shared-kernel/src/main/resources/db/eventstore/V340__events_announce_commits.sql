-- Every transaction that appends events announces it on the channel sla_events: PostgreSQL delivers the
-- notification when (and only if) the transaction commits, once per transaction however many rows or statements
-- it appended (identical notifications of one transaction are folded into one). A read side in another JVM
-- (split topology) LISTENs and looks at the store at once, instead of at its next poll (query-side
-- CommitNotifications; the poll stays, every sla.events.fetch-delay-ms, for when no notification can come).
-- The payload is empty: the listener only needs to know that something committed, not what.

CREATE FUNCTION domain_event_entry_announce() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('sla_events', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_announce
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION domain_event_entry_announce();
