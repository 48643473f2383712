package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;

import java.math.BigDecimal;
import java.util.Objects;

/** KPI service levels: a reported value against the target, in the KPI's direction (domain.md). */
public final class KpiCalculator {

    private KpiCalculator() {
    }

    /**
     * Met when the value is at or above the target ({@code LOWER_IS_BETTER}: at or below). No value is a breach
     * ("no report, no relief") unless {@code waived}; a waiver only excuses a missing value, never a reported one.
     */
    public static KpiEvaluation evaluate(ServiceLevel level, BigDecimal value, boolean waived) {
        Objects.requireNonNull(level.target(), "target");
        if (value == null) {
            return waived
                    ? new KpiEvaluation(null, true, true, "no value reported: waived")
                    : new KpiEvaluation(null, false, false, "no value reported: breached (no report, no relief)");
        }
        boolean met = atOrBetter(level, value, level.target());
        return new KpiEvaluation(value, met, false, value.toPlainString() + " reported; target "
                + (level.higherIsBetter() ? "at least " : "at most ") + level.target().toPlainString()
                + ": " + (met ? "met" : "breached"));
    }

    /** Whether {@code value} is at {@code bound} or on its better side, in the service level's direction. */
    public static boolean atOrBetter(ServiceLevel level, BigDecimal value, BigDecimal bound) {
        int comparison = value.compareTo(bound);
        return level.higherIsBetter() ? comparison >= 0 : comparison <= 0;
    }
}
