-- One event appended as the platform appends a registration: a row of domain_event_entry's shape (same columns,
-- types, primary key, the two unique indexes and a sequence taken one value at a time), payload and metadata
-- of the platform's sizes. Run by bench/run.sh with 8 clients, one row per transaction.
INSERT INTO bench_event_entry (global_index, event_identifier, meta_data, payload, payload_revision, payload_type,
                               time_stamp, aggregate_identifier, sequence_number, type)
VALUES (nextval('bench_event_entry_seq'), gen_random_uuid()::text,
        convert_to('{"actor":"manager","role":"VENDOR_MANAGER","correlationId":"' || gen_random_uuid()::text
                   || '","traceId":"' || gen_random_uuid()::text || '","causationId":"' || gen_random_uuid()::text
                   || '","idempotencyKey":null}', 'UTF8'),
        convert_to('{"vendorId":"vnd-' || gen_random_uuid()::text
                   || '","name":"Bench Vendor","country":"DE","registeredAt":"2026-12-07T02:00:00Z"}', 'UTF8'),
        NULL, 'com.vendorsla.sharedkernel.vendor.event.VendorRegistered', now()::text,
        'vnd-' || gen_random_uuid()::text, 0, 'Vendor');
