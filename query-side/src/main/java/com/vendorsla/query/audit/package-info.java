/**
 * The audit: trail, histories and the integrity of the event store (domain.md, Audit).
 *
 * <h2>Integrity: what the hash chain proves, and what it does not</h2>
 * Every event stored in {@code domain_event_entry} carries {@code chain_hash}, a SHA-256 over the event's stored
 * columns and the previous event's link of the same aggregate, computed by a PostgreSQL trigger as the row is
 * inserted (db/eventstore/V2). {@code event_chain_head} records each aggregate's last sequence and link. Further
 * triggers refuse UPDATE, DELETE and TRUNCATE on both tables. {@link com.vendorsla.query.audit.EventChainVerifier}
 * recomputes every link in Java from the stored rows, independently of the database function.
 * <p>
 * <b>It detects</b>, naming the first broken link, any change made to stored events after the fact by someone
 * who does not also recompute the chain: a changed payload, metadata (actor, role, reason), type, timestamp,
 * global index or sequence ({@code HASH_MISMATCH}); a removed event in the middle, at the end or all of an
 * aggregate's events ({@code EVENT_MISSING}, the end thanks to the head); reordering ({@code HASH_MISMATCH} at the
 * first moved event); events slipped in around the trigger ({@code HEAD_MISSING}, {@code UNCHAINED_EVENT}).
 * <p>
 * <b>It does not prove</b> anything against an attacker with the database's superuser rights who disables the
 * triggers and rewrites an aggregate's events, their links and its head consistently: SHA-256 without a secret is
 * recomputable by anyone. Nor does it say the events were true when written (a compromised command side writes
 * valid links), nor cover snapshots (Axon deletes superseded ones; they are derived and rebuilt from events),
 * tokens, sagas or read models (rebuilt by replay).
 * <p>
 * <b>Mitigations</b>, in increasing strength: export the heads regularly (e.g. {@code SELECT * FROM
 * event_chain_head}, or the {@code chainHash} column of the CSV trail) to a place the database's operators cannot
 * write, and compare later; anchor a digest of all heads with an external timestamping service (RFC 3161) or a
 * write-once store; separate duties so that no one person holds both the database superuser and the anchor; keep
 * PostgreSQL's own audit log (pgaudit) of DDL such as {@code ALTER TABLE ... DISABLE TRIGGER}. A keyed MAC (HMAC
 * with a key held outside the database) would stop recomputation by a DBA alone, at the cost of key management.
 */
package com.vendorsla.query.audit;
