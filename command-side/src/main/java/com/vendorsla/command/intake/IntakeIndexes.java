package com.vendorsla.command.intake;

import com.vendorsla.sharedkernel.intake.Provenance;
import com.vendorsla.sharedkernel.intake.event.MonitorBindingCreated;
import com.vendorsla.sharedkernel.intake.event.MonitorBindingRemoved;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the write side's intake indexes (db/command V110) in step with the events, in the transaction that stores
 * them (a subscribing processor): the source ids recorded, from the provenance in each record's metadata, and the
 * monitor bindings in force. Both are derived from events only.
 */
@Component
@ProcessingGroup(IntakeIndexes.GROUP)
class IntakeIndexes {

    static final String GROUP = "intake-write-indexes";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    IntakeIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DowntimeRecorded event, MetaData metaData) {
        index(event, event.downtimeId(), metaData);
    }

    @EventHandler
    void on(IncidentRecorded event, MetaData metaData) {
        index(event, event.incidentId(), metaData);
    }

    @EventHandler
    void on(KpiValueRecorded event, MetaData metaData) {
        index(event, event.kpiRecordId(), metaData);
    }

    @EventHandler
    void on(MonitorBindingCreated event) {
        jdbc.update("""
                        INSERT INTO intake_monitor_binding (binding_id, matchers, agreement_id, service_level_id, cause)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (binding_id) DO NOTHING""",
                event.bindingId(), json.writeValueAsString(event.matchers()), event.agreementId().value(),
                event.serviceLevelId(), event.cause().name());
    }

    @EventHandler
    void on(MonitorBindingRemoved event) {
        jdbc.update("DELETE FROM intake_monitor_binding WHERE binding_id = ?", event.bindingId());
    }

    private void index(PerformancePeriodEvent event, String recordId, MetaData metaData) {
        Object[] row = row(event, recordId, metaData);
        if (row == null) {
            return;
        }
        if (!CurrentUnitOfWork.isStarted() || !CurrentUnitOfWork.get().phase().isBefore(UnitOfWork.Phase.PREPARE_COMMIT)) {
            insert(Collections.singletonList(row));
            return;
        }
        // the rows of one batch of events (an import's thousands) go in as one JDBC batch, as the batch commits
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        unitOfWork.getOrComputeResource(PENDING_ROWS, key -> {
            List<Object[]> rows = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> insert(rows));
            return rows;
        }).add(row);
    }

    /** The index row of a record from an import or an alert; null for one typed in by hand (no source id). */
    private static Object[] row(PerformancePeriodEvent event, String recordId, MetaData metaData) {
        if (!(metaData.get(Provenance.KEY) instanceof Map<?, ?> provenance) || provenance.get(Provenance.SOURCE_ID) == null) {
            return null;
        }
        return new Object[]{event.agreementId().value(), String.valueOf(provenance.get(Provenance.KIND)),
                String.valueOf(provenance.get(Provenance.SOURCE_ID)), event.periodId().month().toString(),
                String.valueOf(provenance.get(Provenance.CONTENT_SHA256)), recordId,
                provenance.get(Provenance.IMPORT_ID) == null ? null : String.valueOf(provenance.get(Provenance.IMPORT_ID))};
    }

    /** What a rebuild found in the event store. */
    record Rebuilt(long events, int sourceRecords, int bindings) {
    }

    /**
     * Both indexes again from every event in the store, in one transaction the caller holds: the indexes are derived
     * from events only, so they can be rebuilt at any time (after a restore, or a damaged table). The tables are locked
     * first, so an import running meanwhile waits for the rebuild: its events are either in the store before the lock
     * (and read) or stored after the rebuild, with their own index rows.
     */
    Rebuilt rebuild(EventStorageEngine storage) {
        jdbc.execute("LOCK TABLE intake_source_record, intake_monitor_binding IN EXCLUSIVE MODE");
        jdbc.update("DELETE FROM intake_source_record");
        jdbc.update("DELETE FROM intake_monitor_binding");
        List<Object[]> rows = new ArrayList<>();
        long[] events = {0};
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            stream.forEach(event -> {
                events[0]++;
                Class<?> type = event.getPayloadType();
                if (type == DowntimeRecorded.class || type == IncidentRecorded.class || type == KpiValueRecorded.class) {
                    PerformancePeriodEvent recorded = (PerformancePeriodEvent) event.getPayload();
                    Object[] row = row(recorded, recordId(recorded), event.getMetaData());
                    if (row != null) {
                        rows.add(row);
                    }
                } else if (type == MonitorBindingCreated.class) {
                    on((MonitorBindingCreated) event.getPayload());
                } else if (type == MonitorBindingRemoved.class) {
                    on((MonitorBindingRemoved) event.getPayload());
                }
                if (rows.size() == 1_000) {
                    insert(rows);
                    rows.clear();
                }
            });
        }
        insert(rows);
        return new Rebuilt(events[0], jdbc.queryForObject("SELECT count(*) FROM intake_source_record", Integer.class),
                jdbc.queryForObject("SELECT count(*) FROM intake_monitor_binding", Integer.class));
    }

    private static String recordId(PerformancePeriodEvent event) {
        if (event instanceof DowntimeRecorded downtime) {
            return downtime.downtimeId();
        }
        if (event instanceof IncidentRecorded incident) {
            return incident.incidentId();
        }
        return ((KpiValueRecorded) event).kpiRecordId();
    }

    private static final String PENDING_ROWS = IntakeIndexes.class.getName() + ".rows";

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO intake_source_record (agreement_id, kind, source_id, period, content_sha256, record_id,
                                                  import_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** A source id recorded before: in which period, with which content. */
    record Recorded(String sourceId, String period, String contentSha256) {
    }

    java.util.List<Recorded> recorded(String agreementId, String kind) {
        return jdbc.query("SELECT source_id, period, content_sha256 FROM intake_source_record WHERE agreement_id = ? AND kind = ?",
                (rs, n) -> new Recorded(rs.getString(1), rs.getString(2), rs.getString(3)), agreementId, kind);
    }

    /** A monitor binding in force. */
    record Binding(String bindingId, Map<String, String> matchers, String agreementId, String serviceLevelId, String cause) {
        boolean matches(Map<String, String> labels) {
            return !matchers.isEmpty() && matchers.entrySet().stream()
                    .allMatch(m -> m.getValue().equals(labels.get(m.getKey())));
        }
    }

    java.util.List<Binding> bindings() {
        return jdbc.query("SELECT * FROM intake_monitor_binding ORDER BY binding_id", (rs, n) -> new Binding(
                rs.getString("binding_id"), json.readValue(rs.getString("matchers"), new TypeReference<Map<String, String>>() {
                }), rs.getString("agreement_id"), rs.getString("service_level_id"), rs.getString("cause")));
    }
}
