package com.vendorsla.sharedkernel.audit.query;

import java.util.List;

/**
 * The outcome of recomputing the event store's hash chains (domain.md, Audit, Integrity). {@code verified} is true
 * when every stored event still hashes to its recorded link and every aggregate's chain reaches its recorded head.
 * Otherwise {@code firstBroken} names the first broken link (of the first broken aggregate in id order) and
 * {@code brokenLinks} the first broken link of each broken aggregate (at most {@link #MAX_LISTED}).
 */
public record IntegrityReport(
        boolean verified,
        long events,
        long aggregates,
        BrokenLink firstBroken,
        Long brokenAggregates,
        List<BrokenLink> brokenLinks) {

    public static final int MAX_LISTED = 100;

    /**
     * Where a chain breaks and why. {@code reason} is stable: {@code HASH_MISMATCH} (the stored event is not the
     * one recorded at this position: its content, its position or its predecessor changed), {@code EVENT_MISSING}
     * (no event is stored at a sequence the chain or its head says exists), {@code HEAD_MISSING} (events without a
     * recorded head: stored around the chain), {@code UNCHAINED_EVENT} (events beyond the recorded head) or
     * {@code HEAD_MISMATCH} (the last event is not the one the head recorded).
     */
    public record BrokenLink(String aggregateId, long sequence, String reason, String detail) {
    }
}
