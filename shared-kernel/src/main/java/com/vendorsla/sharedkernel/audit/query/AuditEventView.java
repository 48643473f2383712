package com.vendorsla.sharedkernel.audit.query;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/**
 * One stored event as an auditor reads it (domain.md, Audit): where it belongs ({@code aggregateId},
 * {@code sequence}), what it is ({@code type}, the event's simple name, and {@code typeName}, its full name),
 * when it happened ({@code occurredAt}, business time, when the event states one) and when it was recorded
 * ({@code recordedAt}), who did it under which role (and, for a vendor's own user, for which vendor:
 * {@code actingVendorId}, absent otherwise), which request ({@code correlationId}) and which message
 * ({@code causationId}) caused it, the reason the user gave, and the event itself ({@code payload}, as stored).
 * {@code provenance}: where a measurement came from when an import or an integration recorded it (importId or the
 * alert's fingerprint, sourceId, row, the file's sha256), null otherwise.
 * {@code chainHash} is the event's link in its aggregate's hash chain (see {@link IntegrityReport}).
 */
public record AuditEventView(
        long globalIndex,
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
        String actingVendorId,
        String correlationId,
        String causationId,
        String reason,
        String eventId,
        String chainHash,
        @JsonRawValue String payload,
        @JsonRawValue String provenance) {
}
