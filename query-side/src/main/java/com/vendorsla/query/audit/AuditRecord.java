package com.vendorsla.query.audit;

import java.time.Instant;

/**
 * One row of {@code audit_event} as the projection hands it over; {@code payload} and {@code metaData} are JSON text.
 * {@code globalIndex} is the tracking token's position: the trail takes the index and the chain hash from the event's
 * row in the store when it is there (always, but for stores that are not the shared one).
 */
record AuditRecord(
        long globalIndex,
        String eventId,
        String aggregateId,
        String aggregateType,
        long sequence,
        String type,
        String typeName,
        String revision,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String role,
        String correlationId,
        String causationId,
        String reason,
        String payload,
        String metaData) {
}
