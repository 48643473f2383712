package com.vendorsla.sharedkernel.performance.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One availability service level's month, with every figure an auditor needs to recompute it
 * (domain.md: {@code (coveredMinutes − countedDowntimeMinutes) / coveredMinutes × 100}).
 *
 * @param coveredMinutes         covered time of the period
 * @param countedDowntimeMinutes vendor downtime inside the period and inside covered time, overlaps merged
 * @param percent                availability to {@code DECIMAL128} precision (100 when nothing was covered)
 * @param reported               {@code percent} with 3 decimals, half-up: for display only, never for decisions
 * @param coveredSeconds         the exact count behind {@code coveredMinutes}
 * @param countedDowntimeSeconds the exact count behind {@code countedDowntimeMinutes}
 * @param countedDowntime        the downtime that counted, as merged intervals
 */
public record AvailabilityMeasurement(
        BigDecimal coveredMinutes,
        BigDecimal countedDowntimeMinutes,
        BigDecimal percent,
        BigDecimal reported,
        long coveredSeconds,
        long countedDowntimeSeconds,
        List<Interval> countedDowntime) {

    public AvailabilityMeasurement {
        countedDowntime = List.copyOf(countedDowntime);
    }

    static AvailabilityMeasurement of(long coveredSeconds, List<Interval> countedDowntime) {
        long downSeconds = Intervals.totalSeconds(countedDowntime);
        Ratio available = new Ratio(coveredSeconds - downSeconds, coveredSeconds);
        BigDecimal percent = available.percent();
        return new AvailabilityMeasurement(
                Minutes.fromSeconds(coveredSeconds),
                Minutes.fromSeconds(downSeconds),
                percent,
                percent.setScale(3, RoundingMode.HALF_UP),
                coveredSeconds,
                downSeconds,
                countedDowntime);
    }

    /** Available seconds out of covered seconds: the exact value behind {@code percent}. */
    public Ratio available() {
        return new Ratio(coveredSeconds - countedDowntimeSeconds, coveredSeconds);
    }

    /** Exactly: (covered − down) × 100 ≥ target × covered. */
    public boolean meets(BigDecimal target) {
        return available().atLeast(target);
    }

    /** Exactly: (covered − down) × 100 &lt; threshold × covered (a minimum, a credit tier). */
    public boolean below(BigDecimal threshold) {
        return available().below(threshold);
    }
}
