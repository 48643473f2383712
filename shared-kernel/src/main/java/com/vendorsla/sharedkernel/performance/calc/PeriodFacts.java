package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was recorded for a period, as known at close.
 *
 * @param vendorDowntime per availability service level id: its {@code VENDOR} downtime (other causes left out)
 * @param incidents      all incidents; each response/resolution service level picks its severity
 * @param kpiValues      per KPI service level id: the reported value (absent when none was reported)
 */
public record PeriodFacts(
        Map<String, List<Interval>> vendorDowntime,
        List<IncidentFacts> incidents,
        Map<String, BigDecimal> kpiValues) {

    public PeriodFacts {
        vendorDowntime = vendorDowntime == null ? Map.of() : Map.copyOf(vendorDowntime);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        kpiValues = kpiValues == null ? Map.of() : Map.copyOf(kpiValues);
    }

    public static PeriodFacts none() {
        return new PeriodFacts(Map.of(), List.of(), Map.of());
    }

    /**
     * The facts behind an evaluation, from what a period records: the {@code VENDOR} downtime that no approved
     * exclusion claim took out, every incident, and the KPI values (the last recorded one of a service level wins).
     * The aggregate evaluates with this at close; the read side with it for provisional results.
     */
    public static PeriodFacts of(Map<String, DowntimeFacts> downtimes, Set<String> excludedDowntimeIds,
                                 Collection<IncidentRecord> incidents, Collection<KpiValue> kpiValues) {
        Map<String, List<Interval>> vendorDowntime = new LinkedHashMap<>();
        downtimes.forEach((id, downtime) -> {
            if (downtime.cause() == DowntimeCause.VENDOR && !excludedDowntimeIds.contains(id)) {
                vendorDowntime.computeIfAbsent(downtime.serviceLevelId(), level -> new ArrayList<>())
                        .add(Interval.of(downtime.start(), downtime.end()));
            }
        });
        List<IncidentFacts> incidentFacts = incidents.stream()
                .map(i -> new IncidentFacts(i.ticket(), i.severity(), i.openedAt(), i.respondedAt(), i.resolvedAt(),
                        i.customerWaits().stream().map(w -> Interval.of(w.from(), w.to())).toList()))
                .toList();
        Map<String, BigDecimal> kpis = new LinkedHashMap<>();
        kpiValues.forEach(kpi -> kpis.put(kpi.serviceLevelId(), kpi.value()));
        return new PeriodFacts(vendorDowntime, incidentFacts, kpis);
    }

    /** One recorded KPI value. */
    public record KpiValue(String serviceLevelId, BigDecimal value) {
    }
}
