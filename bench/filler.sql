-- Appends :n vendor registrations straight to the event store, in the real storage format: the same columns, payload
-- JSON and revision as the platform writes for VendorRegistered, the metadata of the store's first registration, a
-- global index from the store's sequence and a hash-chain link computed by the store's own trigger. Each event is a
-- new vendor (sequence 0 of a fresh aggregate), so every read model can be rebuilt over them.
-- psql -v n=20000 -f bench/filler.sql
INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision, payload_type,
                                time_stamp, aggregate_identifier, sequence_number, type)
SELECT nextval('domain_event_entry_seq'), gen_random_uuid()::text, t.meta_data,
       convert_to(json_build_object('vendorId', v.id, 'name', 'Filler Vendor ' || g, 'country', 'DE',
                                    'reference', NULL, 'occurredAt', s.ts)::text, 'UTF8'),
       t.payload_revision, t.payload_type, s.ts, v.id, 0, 'Vendor'
FROM generate_series(1, :n) AS g
CROSS JOIN LATERAL (SELECT 'vnd-' || gen_random_uuid()::text || substr(g::text, 1, 0) AS id) AS v
CROSS JOIN (SELECT meta_data, payload_revision, payload_type FROM domain_event_entry
            WHERE payload_type LIKE '%.VendorRegistered' ORDER BY global_index LIMIT 1) AS t
CROSS JOIN LATERAL (SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                           || substr(g::text, 1, 0) AS ts) AS s;
