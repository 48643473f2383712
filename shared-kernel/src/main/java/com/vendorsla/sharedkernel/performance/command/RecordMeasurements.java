package com.vendorsla.sharedkernel.performance.command;

import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Record the rows of an import that belong to one period, all or none: each row is checked as its own command
 * ({@link RecordDowntime}, {@link RecordIncident}, {@link RecordKpiValue}) would check it, and either every row is
 * recorded, each by the event its own command records (with the row's provenance in that event's metadata), or none
 * is and the handler answers the {@link Refusal}s, one per row refused. One command for thousands of rows: the period
 * is loaded, locked and checked once, and a duplicate is found by a lookup, not by going through every record.
 */
public record RecordMeasurements(
        @TargetAggregateIdentifier PerformancePeriodId periodId,
        List<Measurement> measurements,
        Instant occurredAt) {

    public RecordMeasurements {
        measurements = List.copyOf(measurements);
    }

    /**
     * One row, under its record id: a downtime, an incident, or a KPI value (its service level and value), exactly one
     * of them; {@code provenance} goes into the metadata of the row's event (see {@code Provenance}).
     */
    public record Measurement(int row, String recordId, DowntimeFacts downtime, IncidentRecord incident,
                              String kpiServiceLevelId, BigDecimal kpiValue, Map<String, Object> provenance) {

        public static Measurement of(int row, RecordDowntime command, Map<String, Object> provenance) {
            return new Measurement(row, command.downtimeId(), command.downtime(), null, null, null, provenance);
        }

        public static Measurement of(int row, RecordIncident command, Map<String, Object> provenance) {
            return new Measurement(row, command.incidentId(), null, command.incident(), null, null, provenance);
        }

        public static Measurement of(int row, RecordKpiValue command, Map<String, Object> provenance) {
            return new Measurement(row, command.kpiRecordId(), null, null, command.serviceLevelId(), command.value(),
                    provenance);
        }
    }

    /** A row the period refused: the rule's code and message, as the row's own command would have been refused. */
    public record Refusal(int row, String code, String message) {
    }
}
