-- A processor comes back for a global index whose transaction commits late (a gap in its token), but not forever:
-- Axon forgets a gap once the event after it is older than gapTimeout (platform-web EventStorage: 30 minutes) and
-- the token holds more than gapCleaningThreshold gaps, and an event committed after that would never reach the read
-- models. So no transaction that appends events may commit later than twelve minutes after it began (the longest a
-- legitimate one takes: an import's unit of work is cut at 10 minutes, IntakeCommands; a write waits at most 11
-- minutes for its aggregate, LongStatements.WRITE): the check runs as the transaction commits (the chain head's
-- deferred trigger, V300, run for every appended event), and a transaction that took longer fails whole, with
-- nothing stored and nothing acknowledged.
--
-- Why that is enough: an event E after our gap took its index after ours, so E's transaction, which began at most
-- twelve minutes before it committed, committed after our transaction began: E's timestamp is at most twelve minutes
-- before our start, and our commit at most twelve minutes after it. Axon drops the gap when E is older than thirty
-- minutes: never while we can still commit, with six minutes to spare for clocks that differ between hosts.
--
-- The limit is the setting sla.append_commit_limit when a session sets it (a test sets a second), twelve minutes
-- otherwise.

CREATE OR REPLACE FUNCTION event_chain_head_advance() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    took INTERVAL := clock_timestamp() - now(); -- now(): when the transaction began
BEGIN
    IF took > coalesce(nullif(current_setting('sla.append_commit_limit', true), '')::INTERVAL, INTERVAL '12 minutes') THEN
        RAISE EXCEPTION 'a transaction that appends events must commit within % of its start; this one took %',
            coalesce(nullif(current_setting('sla.append_commit_limit', true), ''), '12 minutes'), took
            USING ERRCODE = 'transaction_rollback';
    END IF;
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
