package com.vendorsla.command.web;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Optional;

/** The answers given to idempotent POSTs, keyed by caller and key (table {@code idempotent_request}). */
public class IdempotencyStore {

    record StoredResponse(String fingerprint, int status, String etag, String location, String contentType, String body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the key for this transaction, or returns the answer stored under it. A concurrent claim of the same
     * key waits on the row until the first transaction ends.
     */
    Optional<StoredResponse> claim(String caller, String key, String fingerprint) {
        int inserted = jdbc.update("""
                INSERT INTO idempotent_request (caller, idempotency_key, fingerprint, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", caller, key, fingerprint, Timestamp.from(clock.instant()));
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.query("""
                        SELECT fingerprint, status, etag, location, content_type, body FROM idempotent_request
                        WHERE caller = ? AND idempotency_key = ?""",
                (rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)),
                caller, key).stream().findFirst();
    }

    void complete(String caller, String key, int status, String etag, String location, String contentType, String body) {
        jdbc.update("""
                UPDATE idempotent_request SET status = ?, etag = ?, location = ?, content_type = ?, body = ?
                WHERE caller = ? AND idempotency_key = ?""", status, etag, location, contentType, body, caller, key);
    }
}
