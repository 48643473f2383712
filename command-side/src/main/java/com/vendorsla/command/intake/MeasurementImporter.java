package com.vendorsla.command.intake;

import com.vendorsla.sharedkernel.common.TypedIds;
import com.vendorsla.sharedkernel.intake.ImportKind;
import com.vendorsla.sharedkernel.intake.IntakeIds;
import com.vendorsla.sharedkernel.intake.Provenance;
import com.vendorsla.sharedkernel.intake.command.RecordImport;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.command.RecordDowntime;
import com.vendorsla.sharedkernel.performance.command.RecordIncident;
import com.vendorsla.sharedkernel.performance.command.RecordKpiValue;
import com.vendorsla.sharedkernel.performance.command.RecordMeasurements;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Takes an import whole or not at all (domain.md, Measurements from other systems). Every row is read and checked;
 * rows recorded before with the same content are duplicates (counted, not recorded again), with other content
 * conflicts; the rest are recorded by one command per performance period ({@link RecordMeasurements}: the period
 * checks every row as its single-record command would and records each by its own event, with the row's provenance),
 * all in one unit of work and one transaction, and with them the import itself. A rule a period refuses (a closed period, an unknown service level, a
 * time outside the month) is a bad row like any other: every bad row is reported, the unit of work is rolled back, and
 * nothing at all was stored. A dry run does the same and always rolls back.
 */
@Service
class MeasurementImporter {

    /**
     * {@code sla_imports_rows_total{kind,outcome}} (api.md, Operations): the rows of imports taken, {@code recorded} or
     * {@code duplicate} (recorded before, not again), and the rows of files refused whole ({@code rejected}, every row
     * of a 422 counts). Dry runs and files refused before their rows are read (400, 413, 415) are not counted.
     */
    static final String ROWS = "sla_imports_rows";

    private final IntakeCommands commands;
    private final IntakeIndexes indexes;
    private final MeterRegistry registry;

    MeasurementImporter(IntakeCommands commands, IntakeIndexes indexes, MeterRegistry registry) {
        this.commands = commands;
        this.indexes = indexes;
        this.registry = registry;
    }

    /** What the answer says (api.md). */
    record Summary(String importId, ImportKind kind, String sha256, int rows, int recorded, int duplicates,
                   List<ImportRejected.RowError> errors, boolean dryRun, String source) {
    }

    Summary run(ImportKind kind, ImportFile.Table table, String sha256, String source, ZoneId zone, boolean dryRun) {
        List<ImportRejected.RowError> errors = new ArrayList<>();
        checkColumns(kind, table, source, errors);
        if (!errors.isEmpty()) {
            count(kind, "rejected", table.rows().size(), dryRun);
            throw new ImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_REJECTED",
                    "the columns are not those of a " + kind.path() + " import", errors);
        }
        List<MeasurementRows.Candidate> candidates = new ArrayList<>();
        for (ImportFile.Row row : table.rows()) {
            MeasurementRows.Candidate candidate = MeasurementRows.read(kind, row, zone, errors);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        String importId = TypedIds.make(IntakeIds.IMPORT, UUID.randomUUID());
        Instant now = commands.now();
        Map<String, Object> metadata = IntakeCommands.userMetadata();
        Summary summary = commands.inOneUnitOfWork(() -> {
            List<MeasurementRows.Candidate> toRecord = withoutDuplicates(kind, candidates, errors);
            int duplicates = candidates.size() - toRecord.size();
            // one command per period: the period checks all its rows at once and records them all or none
            Map<PerformancePeriodId, List<MeasurementRows.Candidate>> byPeriod = new LinkedHashMap<>();
            for (MeasurementRows.Candidate candidate : toRecord) {
                byPeriod.computeIfAbsent(PerformancePeriodId.of(candidate.agreementId(), candidate.period()),
                        p -> new ArrayList<>()).add(candidate);
            }
            byPeriod.forEach((periodId, rows) -> {
                List<RecordMeasurements.Measurement> measurements = new ArrayList<>(rows.size());
                for (MeasurementRows.Candidate candidate : rows) {
                    measurements.add(measurement(candidate.row(), candidate.command().apply(candidate.recordId(importId), now),
                            Provenance.ofRow(importId, kind, candidate.sourceId(), candidate.row(), sha256,
                                    candidate.contentSha256())));
                }
                IntakeCommands.Refusals refused = commands.attemptAll(new RecordMeasurements(periodId, measurements, now),
                        metadata);
                if (refused.whole() != null) {
                    rows.forEach(candidate -> errors.add(rowError(candidate.row(), kind, refused.whole())));
                }
                refused.rows().forEach(r -> errors.add(rowError(r.row(), kind, new IntakeCommands.Outcome(r.code(), r.message()))));
            });
            if (errors.isEmpty() && !dryRun) {
                TreeSet<String> agreements = new TreeSet<>();
                TreeSet<String> periods = new TreeSet<>();
                candidates.forEach(c -> {
                    agreements.add(c.agreementId().value());
                    periods.add(c.period().toString());
                });
                Map<String, Object> importMetadata = new HashMap<>(metadata);
                IntakeCommands.Outcome recorded = commands.attempt(new RecordImport(importId, kind, sha256, source,
                                table.rows().size(), toRecord.size(), duplicates, List.copyOf(agreements),
                                List.copyOf(periods), now), importMetadata,
                        Map.of(Provenance.IMPORT_ID, importId, Provenance.FILE_SHA256, sha256, Provenance.KIND, kind.path()));
                if (!recorded.applied()) {
                    throw new IllegalStateException("the import could not be recorded: " + recorded.code());
                }
            }
            return new Summary(dryRun ? null : importId, kind, sha256, table.rows().size(), toRecord.size(),
                    duplicates, List.copyOf(errors), dryRun, source);
        }, result -> result.errors().isEmpty() && !dryRun);
        if (!summary.errors().isEmpty()) {
            count(kind, "rejected", summary.rows(), dryRun);
            List<ImportRejected.RowError> sorted = new ArrayList<>(summary.errors());
            sorted.sort(Comparator.comparingInt(ImportRejected.RowError::row));
            throw new ImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_REJECTED",
                    sorted.size() + " bad row(s): nothing was recorded", sorted);
        }
        count(kind, "recorded", summary.recorded(), dryRun);
        count(kind, "duplicate", summary.duplicates(), dryRun);
        return summary;
    }

    /** Header check of a plain import: every required column, and no column the kind does not have. */
    private static void checkColumns(ImportKind kind, ImportFile.Table table, String source,
                                     List<ImportRejected.RowError> errors) {
        List<String> known = new ArrayList<>(MeasurementRows.required(kind));
        known.addAll(MeasurementRows.optional(kind));
        for (String column : table.header()) {
            if (!known.contains(column) && !IncidentProfiles.known(source)) {
                errors.add(new ImportRejected.RowError(0, ImportFile.abbreviate(column), "UNKNOWN_COLUMN",
                        "a " + kind.path() + " import has no column " + ImportFile.abbreviate(column) + "; its columns are " + known));
            }
        }
        if (source.equals("csv")) {
            for (String column : MeasurementRows.required(kind)) {
                if (!table.header().contains(column)) {
                    errors.add(new ImportRejected.RowError(0, column, "MISSING_COLUMN", "the header has no column " + column));
                }
            }
        }
    }

    /**
     * Rows to record: not recorded before (for that agreement and kind) and not repeated in this file. The same source
     * id with the same content (and period) is a duplicate; with other content, SOURCE_ID_CONFLICT.
     */
    private List<MeasurementRows.Candidate> withoutDuplicates(ImportKind kind, List<MeasurementRows.Candidate> candidates,
                                                             List<ImportRejected.RowError> errors) {
        Map<String, Map<String, List<IntakeIndexes.Recorded>>> recordedByAgreement = new HashMap<>();
        Map<String, MeasurementRows.Candidate> inFile = new LinkedHashMap<>();
        List<MeasurementRows.Candidate> toRecord = new ArrayList<>();
        for (MeasurementRows.Candidate candidate : candidates) {
            String agreement = candidate.agreementId().value();
            Map<String, List<IntakeIndexes.Recorded>> recorded = recordedByAgreement.computeIfAbsent(agreement, a -> {
                Map<String, List<IntakeIndexes.Recorded>> bySource = new HashMap<>();
                indexes.recorded(a, kind.path()).forEach(r -> bySource.computeIfAbsent(r.sourceId(), s -> new ArrayList<>()).add(r));
                return bySource;
            });
            MeasurementRows.Candidate earlier = inFile.putIfAbsent(agreement + "|" + candidate.sourceId(), candidate);
            if (earlier != null) {
                if (!earlier.contentSha256().equals(candidate.contentSha256())) {
                    errors.add(new ImportRejected.RowError(candidate.row(), "sourceId", "SOURCE_ID_CONFLICT",
                            "row " + earlier.row() + " has sourceId " + candidate.sourceId() + " with other content"));
                }
                continue; // the same row twice in one file: recorded once
            }
            List<IntakeIndexes.Recorded> before = recorded.get(candidate.sourceId());
            if (before == null) {
                toRecord.add(candidate);
            } else if (before.stream().noneMatch(r -> r.period().equals(candidate.period().toString())
                    && r.contentSha256().equals(candidate.contentSha256()))) {
                errors.add(new ImportRejected.RowError(candidate.row(), "sourceId", "SOURCE_ID_CONFLICT",
                        "sourceId " + candidate.sourceId() + " was recorded before with other content: changing a "
                                + "recorded value is a correction, with its reason"));
            }
        }
        return toRecord;
    }

    /** A row's single-record command as a row of the period's {@link RecordMeasurements}. */
    private static RecordMeasurements.Measurement measurement(int row, Object command, Map<String, Object> provenance) {
        if (command instanceof RecordDowntime downtime) {
            return RecordMeasurements.Measurement.of(row, downtime, provenance);
        }
        if (command instanceof RecordIncident incident) {
            return RecordMeasurements.Measurement.of(row, incident, provenance);
        }
        return RecordMeasurements.Measurement.of(row, (RecordKpiValue) command, provenance);
    }

    /** A period's refusal as a row error, named as api.md names them where it does. */
    private static ImportRejected.RowError rowError(int row, ImportKind kind, IntakeCommands.Outcome outcome) {
        String code = outcome.code();
        String timeField = kind == ImportKind.INCIDENTS ? "openedAt" : kind == ImportKind.DOWNTIME ? "start" : "period";
        return switch (code) {
            case "AGREEMENT_NOT_FOUND" -> new ImportRejected.RowError(row, "agreementId", "UNKNOWN_AGREEMENT", outcome.message());
            case "SERVICE_LEVEL_NOT_FOUND" -> new ImportRejected.RowError(row, "serviceLevelId", "UNKNOWN_SERVICE_LEVEL", outcome.message());
            case "SERVICE_LEVEL_KIND_MISMATCH" -> new ImportRejected.RowError(row, "serviceLevelId", "INVALID_VALUE", outcome.message());
            case "PERIOD_CLOSED", "PERIOD_ALREADY_CLOSED" -> new ImportRejected.RowError(row, "period", "PERIOD_CLOSED", outcome.message());
            case "OUTSIDE_PERIOD" -> new ImportRejected.RowError(row, timeField, "OUTSIDE_PERIOD", outcome.message());
            case "PERIOD_BEFORE_AGREEMENT", "PERIOD_AFTER_AGREEMENT", "PERIOD_IN_FUTURE", "AGREEMENT_NOT_ACTIVE" ->
                    new ImportRejected.RowError(row, "period", code, outcome.message());
            case "INVALID_INTERVAL", "IN_FUTURE" -> new ImportRejected.RowError(row, kind == ImportKind.DOWNTIME ? "end" : "resolvedAt",
                    "INVALID_VALUE", outcome.message());
            case "INVALID_INCIDENT_TIMES" -> new ImportRejected.RowError(row, "respondedAt", "INVALID_VALUE", outcome.message());
            case "DUPLICATE_RECORD" -> new ImportRejected.RowError(row, kind == ImportKind.INCIDENTS ? "ticket" : "sourceId",
                    "DUPLICATE_RECORD", outcome.message());
            default -> new ImportRejected.RowError(row, "", "INVALID_VALUE", outcome.message());
        };
    }

    private void count(ImportKind kind, String outcome, int rows, boolean dryRun) {
        if (!dryRun && rows > 0) {
            Counter.builder(ROWS).description("Rows of imports, by kind and outcome (recorded, duplicate, rejected)")
                    .tag("kind", kind.path()).tag("outcome", outcome).register(registry).increment(rows);
        }
    }
}
