-- Integrity of the event store (domain.md, Audit): every event carries a hash chained to the previous event of
-- the same aggregate, computed by PostgreSQL as the row is inserted, so every writer is covered (Axon's JPA
-- engine, a migration, a hand-written INSERT) and Hibernate, which validates the schema, never sees the column.
--
--   chain_hash(n) = sha256( field('vendor-sla event chain v1')
--                           || field(raw chain_hash(n-1))            -- empty for sequence 0
--                           || field(aggregate_identifier) || int8(sequence_number) || field(type)
--                           || int8(global_index) || field(event_identifier)
--                           || field(payload_type) || field(payload_revision) || field(time_stamp)
--                           || field(payload) || field(meta_data) )
--   field(x) = int4(byte length of x) || x, and int4(-1) for NULL; text as UTF-8; integers big-endian.
--
-- Length prefixes make the concatenation unambiguous; the query side recomputes it in Java (EventChainHash)
-- without calling these functions, so a tampered function cannot vouch for itself.
--
-- event_chain_head keeps, per aggregate, the last sequence and hash. Without it, removing an aggregate's LAST
-- event (or all of them) would leave a shorter chain that is still perfectly consistent.
--
-- Events are never updated or deleted: triggers refuse UPDATE, DELETE and TRUNCATE on the event table and on
-- the heads (which only the insert trigger may move). A database superuser can still disable triggers; the chain
-- is what makes such a change visible afterwards (see the threat model in the README).

ALTER TABLE domain_event_entry ADD COLUMN chain_hash CHAR(64);

CREATE TABLE event_chain_head (
    aggregate_identifier VARCHAR(255) NOT NULL,
    last_sequence        BIGINT       NOT NULL,
    last_hash            CHAR(64)     NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT event_chain_head_pk PRIMARY KEY (aggregate_identifier)
);

CREATE FUNCTION event_chain_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END
$$;

CREATE FUNCTION event_chain_text(value TEXT) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$
SELECT event_chain_field(convert_to(value, 'UTF8'))
$$;

CREATE FUNCTION event_chain_hash(previous_hash CHAR(64), aggregate_identifier TEXT, sequence_number BIGINT,
                                 aggregate_type TEXT, global_index BIGINT, event_identifier TEXT,
                                 payload_type TEXT, payload_revision TEXT, time_stamp TEXT,
                                 payload BYTEA, meta_data BYTEA) RETURNS CHAR(64)
    LANGUAGE sql IMMUTABLE AS
$$
SELECT encode(sha256(
               event_chain_text('vendor-sla event chain v1')
               || event_chain_field(CASE WHEN previous_hash IS NULL THEN ''::bytea ELSE decode(previous_hash, 'hex') END)
               || event_chain_text(aggregate_identifier)
               || int8send(sequence_number)
               || event_chain_text(aggregate_type)
               || int8send(global_index)
               || event_chain_text(event_identifier)
               || event_chain_text(payload_type)
               || event_chain_text(payload_revision)
               || event_chain_text(time_stamp)
               || event_chain_field(payload)
               || event_chain_field(meta_data)), 'hex')
$$;

-- Existing events (a store created before this migration) are chained in aggregate order, as they stand.
DO
$$
    DECLARE
        event     RECORD;
        aggregate TEXT;
        previous  CHAR(64);
        hash      CHAR(64);
    BEGIN
        FOR event IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number
            LOOP
                IF aggregate IS DISTINCT FROM event.aggregate_identifier THEN
                    aggregate := event.aggregate_identifier;
                    previous := NULL;
                END IF;
                hash := event_chain_hash(previous, event.aggregate_identifier, event.sequence_number, event.type,
                                         event.global_index, event.event_identifier, event.payload_type,
                                         event.payload_revision, event.time_stamp, event.payload, event.meta_data);
                UPDATE domain_event_entry SET chain_hash = hash WHERE global_index = event.global_index;
                INSERT INTO event_chain_head (aggregate_identifier, last_sequence, last_hash)
                VALUES (event.aggregate_identifier, event.sequence_number, hash)
                ON CONFLICT (aggregate_identifier) DO UPDATE SET last_sequence = EXCLUDED.last_sequence,
                                                                 last_hash     = EXCLUDED.last_hash;
                previous := hash;
            END LOOP;
    END
$$;

ALTER TABLE domain_event_entry ALTER COLUMN chain_hash SET NOT NULL;

-- Chains each new event to its aggregate's head and moves the head. The head row is locked, so concurrent
-- appends to one aggregate are serialised; an append at a sequence already taken fails as a duplicate key
-- (SQLSTATE 23505), exactly as the unique constraint would, so Axon still reports it as a concurrency conflict.
CREATE FUNCTION domain_event_entry_chain() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    head     event_chain_head%ROWTYPE;
    has_head BOOLEAN;
    previous CHAR(64);
BEGIN
    SELECT * INTO head FROM event_chain_head WHERE aggregate_identifier = NEW.aggregate_identifier FOR UPDATE;
    has_head := FOUND;
    IF has_head THEN
        IF NEW.sequence_number <= head.last_sequence THEN
            RAISE EXCEPTION 'event % of aggregate % is already stored', NEW.sequence_number, NEW.aggregate_identifier
                USING ERRCODE = 'unique_violation';
        ELSIF NEW.sequence_number <> head.last_sequence + 1 THEN
            RAISE EXCEPTION 'event % of aggregate % does not follow its last event %',
                NEW.sequence_number, NEW.aggregate_identifier, head.last_sequence
                USING ERRCODE = 'check_violation';
        END IF;
        previous := head.last_hash;
    ELSIF NEW.sequence_number <> 0 THEN
        RAISE EXCEPTION 'the first event of aggregate % must have sequence 0, not %',
            NEW.aggregate_identifier, NEW.sequence_number
            USING ERRCODE = 'check_violation';
    END IF;

    NEW.chain_hash := event_chain_hash(previous, NEW.aggregate_identifier, NEW.sequence_number, NEW.type,
                                       NEW.global_index, NEW.event_identifier, NEW.payload_type,
                                       NEW.payload_revision, NEW.time_stamp, NEW.payload, NEW.meta_data);
    IF has_head THEN
        UPDATE event_chain_head SET last_sequence = NEW.sequence_number, last_hash = NEW.chain_hash, updated_at = now()
        WHERE aggregate_identifier = NEW.aggregate_identifier;
    ELSE
        -- a concurrent first append of the same aggregate makes this a duplicate key (23505) as well
        INSERT INTO event_chain_head (aggregate_identifier, last_sequence, last_hash)
        VALUES (NEW.aggregate_identifier, NEW.sequence_number, NEW.chain_hash);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_chain
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION domain_event_entry_chain();

CREATE FUNCTION event_store_append_only() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the event store is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_store_append_only();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION event_store_append_only();

-- A head moves only inside the insert trigger above (trigger depth 2); never by a statement of its own.
CREATE FUNCTION event_chain_head_guard() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'chain heads move only when an event is appended: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER event_chain_head_guard
    BEFORE UPDATE OR DELETE ON event_chain_head
    FOR EACH ROW EXECUTE FUNCTION event_chain_head_guard();

CREATE TRIGGER event_chain_head_no_truncate
    BEFORE TRUNCATE ON event_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION event_store_append_only();
