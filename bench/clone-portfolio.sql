-- Appends copies :first .. :last of the demo portfolio's history to the event store, in the real storage format: every
-- event of the portfolio as the platform stored it (payload, metadata, revision, type), once per copy, with every UUID
-- in its aggregate id, payload and metadata given the copy's number as its last twelve hex digits, so each copy is a
-- portfolio of its own (vendors, agreements, periods, reviews, notices) whose events refer to each other as the
-- originals do. A fresh event identifier and global index each, the time of the append as the stored time; the
-- store's own triggers compute each event's hash-chain link and move the chain heads. Copies are appended one after
-- another, each in the order the portfolio was recorded (the global index follows the order of the inner query).
-- psql -v first=1 -v last=300 -f bench/clone-portfolio.sql   (bench/large-store.sh runs it in chunks)
INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision, payload_type,
                                time_stamp, aggregate_identifier, sequence_number, type)
SELECT nextval('domain_event_entry_seq'), gen_random_uuid()::text,
       convert_to(regexp_replace(e.meta_data, u.pattern, '\1' || e.suffix, 'g'), 'UTF8'),
       convert_to(regexp_replace(e.payload, u.pattern, '\1' || e.suffix, 'g'), 'UTF8'),
       e.payload_revision, e.payload_type,
       to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       regexp_replace(e.aggregate_identifier, u.pattern, '\1' || e.suffix), e.sequence_number, e.type
FROM (SELECT convert_from(t.meta_data, 'UTF8') AS meta_data, convert_from(t.payload, 'UTF8') AS payload,
             t.payload_revision, t.payload_type, t.aggregate_identifier, t.sequence_number, t.type,
             lpad(to_hex(c), 12, '0') AS suffix
      FROM generate_series(:first, :last) AS c
      CROSS JOIN bench_portfolio t
      ORDER BY c, t.global_index) AS e
CROSS JOIN (SELECT '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}' AS pattern) AS u;
