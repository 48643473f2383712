package com.vendorsla.sharedkernel.intake.event;

import com.vendorsla.sharedkernel.intake.ImportKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * An import was taken whole (api.md, Measurement intake): {@code rows} data rows of the file with SHA-256 {@code sha256}
 * read as {@code source} ({@code csv}, {@code json}, or a profile such as {@code servicenow}), of which {@code recorded}
 * were recorded (each record's event names this import in its provenance) and {@code duplicates} had been recorded
 * before with the same content. {@code agreementIds} and {@code periods} (yyyy-MM) are those the rows named.
 */
@Revision("1")
public record MeasurementsImported(
        String importId,
        ImportKind kind,
        String sha256,
        String source,
        int rows,
        int recorded,
        int duplicates,
        List<String> agreementIds,
        List<String> periods,
        Instant occurredAt) implements IntakeEvent {
}
