package com.vendorsla.sharedkernel.performance.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * A response or resolution service level's month: incidents of the severity opened in the period.
 *
 * @param counted         incidents that count: stopped, or open at close and already past the threshold
 * @param withinThreshold counted incidents within the threshold
 * @param leftOut         incidents still open at close and not yet past the threshold
 * @param percent         {@code withinThreshold / counted × 100} to {@code DECIMAL128}; null when nothing counted
 * @param perIncident     every incident of the severity opened in the period, counted or left out
 */
public record ComplianceMeasurement(
        int counted,
        int withinThreshold,
        int leftOut,
        BigDecimal percent,
        List<IncidentOutcome> perIncident) {

    public ComplianceMeasurement {
        perIncident = List.copyOf(perIncident);
    }

    /** Incidents within out of incidents counted: the exact value behind {@code percent}. */
    public Ratio compliant() {
        return new Ratio(withinThreshold, counted);
    }

    /** Exactly: within × 100 ≥ target × counted; no counted incidents → met (domain.md). */
    public boolean meets(BigDecimal target) {
        return counted == 0 || compliant().atLeast(target);
    }

    /** Exactly below {@code threshold} (a minimum); never when no incident counted. */
    public boolean below(BigDecimal threshold) {
        return counted != 0 && compliant().below(threshold);
    }
}
