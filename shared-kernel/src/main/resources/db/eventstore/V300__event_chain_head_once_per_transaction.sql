-- The hash chain (V2) at volume: an import appends thousands of events to one aggregate in one transaction, and V2
-- moved the aggregate's event_chain_head row once per event. Every such UPDATE leaves a row version that no one can
-- prune before the transaction ends, and the next event's lookup of the head walks all of them: 10,000 events took
-- 7.9 s in the store alone, 2,000 took 0.8 s (quadratic; docs/benchmarks.md, Intake).
--
-- Now each event is chained to its predecessor as stored (the unique key on aggregate and sequence finds it in one
-- index lookup), with exactly V2's formula (event_chain_hash, unchanged), and the head moves once per aggregate and
-- transaction: a deferred constraint trigger, run as the transaction commits, moves it to the aggregate's last event
-- of the transaction. So the head still records every aggregate's last sequence and link when anything can see it
-- (it commits with the events, or not at all), and removing an aggregate's last events still shows.
--
-- What a writer sees is unchanged: an append at a sequence already taken fails as a duplicate key (SQLSTATE 23505,
-- the unique key's own, which waits for a concurrent writer of that sequence and fails once it commits, so Axon
-- still reports a concurrency conflict); an append that skips a sequence, or a first event not at 0, fails as a check
-- violation (23514). UPDATE, DELETE and TRUNCATE stay refused on both tables (V2's triggers, untouched), and a head
-- still moves only inside a trigger.

CREATE OR REPLACE FUNCTION domain_event_entry_chain() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    previous CHAR(64);
BEGIN
    IF NEW.sequence_number < 0 THEN
        RAISE EXCEPTION 'the first event of aggregate % must have sequence 0, not %',
            NEW.aggregate_identifier, NEW.sequence_number
            USING ERRCODE = 'check_violation';
    ELSIF NEW.sequence_number > 0 THEN
        SELECT chain_hash INTO previous FROM domain_event_entry
        WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
        IF NOT FOUND THEN
            IF EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = NEW.aggregate_identifier) THEN
                RAISE EXCEPTION 'event % of aggregate % does not follow its last event',
                    NEW.sequence_number, NEW.aggregate_identifier
                    USING ERRCODE = 'check_violation';
            END IF;
            RAISE EXCEPTION 'the first event of aggregate % must have sequence 0, not %',
                NEW.aggregate_identifier, NEW.sequence_number
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    -- sequence 0 has no predecessor (previous stays NULL); a second event 0 fails at the unique key
    NEW.chain_hash := event_chain_hash(previous, NEW.aggregate_identifier, NEW.sequence_number, NEW.type,
                                       NEW.global_index, NEW.event_identifier, NEW.payload_type,
                                       NEW.payload_revision, NEW.time_stamp, NEW.payload, NEW.meta_data);
    RETURN NEW;
END
$$;

-- Run at commit for every appended event; only the aggregate's last event of the transaction (none follows it) moves
-- the head. With SET CONSTRAINTS ... IMMEDIATE it runs after each INSERT instead, every event then being the last:
-- slower, equally correct.
CREATE FUNCTION event_chain_head_advance() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF EXISTS (SELECT 1 FROM domain_event_entry
               WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number + 1) THEN
        RETURN NULL;
    END IF;
    INSERT INTO event_chain_head (aggregate_identifier, last_sequence, last_hash)
    VALUES (NEW.aggregate_identifier, NEW.sequence_number, NEW.chain_hash)
    ON CONFLICT (aggregate_identifier) DO UPDATE SET last_sequence = EXCLUDED.last_sequence,
                                                     last_hash     = EXCLUDED.last_hash,
                                                     updated_at    = now();
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER domain_event_entry_chain_head
    AFTER INSERT ON domain_event_entry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION event_chain_head_advance();
