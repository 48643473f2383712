package com.vendorsla.query.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of one stored event in its aggregate's hash chain, computed here in Java exactly as the event store's
 * insert trigger computes it in SQL (db/eventstore/V2__event_hash_chain.sql), but independently of it:
 * <pre>
 *   sha256( field("vendor-sla event chain v1") || field(previous link, raw 32 bytes; empty for sequence 0)
 *           || field(aggregate id) || int8(sequence) || field(aggregate type) || int8(global index)
 *           || field(event id) || field(payload type) || field(payload revision) || field(time stamp)
 *           || field(payload bytes) || field(metadata bytes) )
 *   field(x) = int4(byte length of x) || x; int4(-1) for null; text as UTF-8; integers big-endian
 * </pre>
 * Not thread-safe: one instance per verification.
 */
final class EventChainHash {

    static final String FORMAT = "vendor-sla event chain v1";
    private static final byte[] TAG = FORMAT.getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha256;
    private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

    EventChainHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The stored columns of one event, as read from {@code domain_event_entry}. */
    record StoredEvent(String aggregateId, long sequence, String aggregateType, long globalIndex, String eventId,
                       String payloadType, String payloadRevision, String timeStamp, byte[] payload,
                       byte[] metaData) {
    }

    /** The link of {@code event} chained to {@code previousLink} (hex; null for an aggregate's first event). */
    String link(String previousLink, StoredEvent event) {
        sha256.reset();
        field(TAG);
        field(previousLink == null ? new byte[0] : HEX.parseHex(previousLink.trim()));
        text(event.aggregateId());
        int8(event.sequence());
        text(event.aggregateType());
        int8(event.globalIndex());
        text(event.eventId());
        text(event.payloadType());
        text(event.payloadRevision());
        text(event.timeStamp());
        field(event.payload());
        field(event.metaData());
        return HEX.formatHex(sha256.digest());
    }

    private void text(String value) {
        field(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void field(byte[] value) {
        int4(value == null ? -1 : value.length);
        if (value != null) {
            sha256.update(value);
        }
    }

    private void int4(int value) {
        number.clear();
        number.putInt(value);
        sha256.update(number.array(), 0, Integer.BYTES);
    }

    private void int8(long value) {
        number.clear();
        number.putLong(value);
        sha256.update(number.array(), 0, Long.BYTES);
    }
}
