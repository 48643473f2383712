package com.vendorsla.sharedkernel.intake.command;

import com.vendorsla.sharedkernel.intake.ImportKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Record that an import was taken whole, with its summary (sent in the same unit of work as its records). */
public record RecordImport(@TargetAggregateIdentifier String importId, ImportKind kind, String sha256, String source,
                           int rows, int recorded, int duplicates, List<String> agreementIds, List<String> periods,
                           Instant occurredAt) {
}
