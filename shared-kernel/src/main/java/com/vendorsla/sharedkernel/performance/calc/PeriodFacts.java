package com.vendorsla.sharedkernel.performance.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
}
