package com.vendorsla.sharedkernel.performance.calc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed period: every service level's verdict in the order of the terms, the credits they cost, and the detail
 * behind each measured percentage (by service level id) for the auditor.
 */
public record PeriodEvaluation(
        List<ServiceLevelResult> results,
        CreditAssessment credits,
        Map<String, AvailabilityMeasurement> availability,
        Map<String, ComplianceMeasurement> compliance) {

    public PeriodEvaluation {
        results = List.copyOf(results);
        availability = Collections.unmodifiableMap(new LinkedHashMap<>(availability));
        compliance = Collections.unmodifiableMap(new LinkedHashMap<>(compliance));
    }

    public ServiceLevelResult result(String serviceLevelId) {
        return results.stream().filter(r -> r.serviceLevelId().equals(serviceLevelId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for service level " + serviceLevelId));
    }
}
