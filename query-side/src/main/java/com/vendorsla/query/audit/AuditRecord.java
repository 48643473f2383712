package com.vendorsla.query.audit;

import java.time.Instant;

/** One row of {@code audit_event} as the projection writes it; {@code payload} and {@code metaData} are JSON text. */
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
        String chainHash,
        String payload,
        String metaData) {
}
