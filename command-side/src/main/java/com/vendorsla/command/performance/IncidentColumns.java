package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.TimeSpan;
import tools.jackson.databind.util.StdConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's incidents as its snapshot stores them: one array per field instead of one JSON object per incident.
 * A month an import filled holds 10,000 of them; read back as objects (a map key, six named fields, three instants
 * parsed from text each) they made loading the period from its snapshot take 80–150 ms, as arrays of numbers and
 * names Jackson reads them without matching a field name or parsing a date (docs/benchmarks.md, "Intake"). Only the
 * snapshot has this form: events and the API keep {@link IncidentRecord}'s.
 *
 * @param ids       the incidents' ids, in the order they were recorded
 * @param tickets   their tickets
 * @param severities their severities
 * @param times     per incident six numbers: opened, responded and resolved, each as epoch second and nanosecond;
 *                  an absent time is {@link #ABSENT} and 0
 * @param waits     the customer waits of the incidents that have any, by id
 */
record IncidentColumns(List<String> ids, List<String> tickets, List<Severity> severities, long[] times,
                       Map<String, List<TimeSpan>> waits) {

    /** The epoch second that stands for "no time" (no instant is this early). */
    static final long ABSENT = Long.MIN_VALUE;

    static IncidentColumns of(Map<String, IncidentRecord> incidents) {
        int size = incidents.size();
        List<String> ids = new ArrayList<>(size);
        List<String> tickets = new ArrayList<>(size);
        List<Severity> severities = new ArrayList<>(size);
        long[] times = new long[size * 6];
        Map<String, List<TimeSpan>> waits = new LinkedHashMap<>();
        int at = 0;
        for (Map.Entry<String, IncidentRecord> entry : incidents.entrySet()) {
            IncidentRecord incident = entry.getValue();
            ids.add(entry.getKey());
            tickets.add(incident.ticket());
            severities.add(incident.severity());
            at = put(times, at, incident.openedAt());
            at = put(times, at, incident.respondedAt());
            at = put(times, at, incident.resolvedAt());
            if (!incident.customerWaits().isEmpty()) {
                waits.put(entry.getKey(), incident.customerWaits());
            }
        }
        return new IncidentColumns(ids, tickets, severities, times, waits);
    }

    Map<String, IncidentRecord> incidents() {
        Map<String, IncidentRecord> incidents = new LinkedHashMap<>(ids.size() * 4 / 3 + 1);
        for (int i = 0; i < ids.size(); i++) {
            incidents.put(ids.get(i), new IncidentRecord(tickets.get(i), severities.get(i), instant(i * 6),
                    instant(i * 6 + 2), instant(i * 6 + 4), waits.getOrDefault(ids.get(i), List.of())));
        }
        return incidents;
    }

    private static int put(long[] times, int at, Instant instant) {
        times[at] = instant == null ? ABSENT : instant.getEpochSecond();
        times[at + 1] = instant == null ? 0 : instant.getNano();
        return at + 2;
    }

    private Instant instant(int at) {
        return times[at] == ABSENT ? null : Instant.ofEpochSecond(times[at], times[at + 1]);
    }

    /** For the snapshot's writer. */
    static final class Writing extends StdConverter<Map<String, IncidentRecord>, IncidentColumns> {
        @Override
        public IncidentColumns convert(Map<String, IncidentRecord> incidents) {
            return of(incidents);
        }
    }

    /** For the snapshot's reader. */
    static final class Reading extends StdConverter<IncidentColumns, Map<String, IncidentRecord>> {
        @Override
        public Map<String, IncidentRecord> convert(IncidentColumns columns) {
            return columns.incidents();
        }
    }
}
